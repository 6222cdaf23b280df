/**
 * Spelled-out numbers in English, French and Dutch: `two hundred` = `deux cents` = `tweehonderd` = 200,
 * `quatre-vingt-dix-neuf` = 99, `eenentwintig` = 21, ordinals `first`/`premier`/`eerste` → `#1`.
 * `one`, `un`, `une`, `een` and `a` alone are articles, never figures.
 */

import { foldWord } from './fold.js';
import type { Occupancy } from './mask.js';
import { scanWords } from './chars.js';

/** u: 0–19, t: tens, h: hundred, s: scale (value = power of ten), c: connector. */
type PartKind = 'u' | 't' | 'h' | 's' | 'c';

interface Entry {
  kind: PartKind;
  value: number;
  ordinal?: boolean;
  /** Plural scale words (`millions`) only multiply; they never start a number. */
  plural?: boolean;
  /** `a` (English) counts only before `hundred`, `thousand`… */
  article?: boolean;
}

type Table = Map<string, Entry>;

function table(spec: Array<[string, PartKind, number, string?]>): Table {
  const t: Table = new Map();
  for (const [words, kind, value, flags = ''] of spec) {
    for (const w of words.split(' ')) {
      t.set(w, { kind, value, ordinal: flags.includes('o'), plural: flags.includes('p'), article: flags.includes('a') });
    }
  }
  return t;
}

const EN = table([
  ['one', 'u', 1], ['a', 'u', 1, 'a'], ['two', 'u', 2], ['three', 'u', 3], ['four', 'u', 4], ['five', 'u', 5],
  ['six', 'u', 6], ['seven', 'u', 7], ['eight', 'u', 8], ['nine', 'u', 9], ['ten', 'u', 10], ['eleven', 'u', 11],
  ['twelve', 'u', 12], ['thirteen', 'u', 13], ['fourteen', 'u', 14], ['fifteen', 'u', 15], ['sixteen', 'u', 16],
  ['seventeen', 'u', 17], ['eighteen', 'u', 18], ['nineteen', 'u', 19], ['twenty', 't', 20], ['thirty', 't', 30],
  ['forty', 't', 40], ['fifty', 't', 50], ['sixty', 't', 60], ['seventy', 't', 70], ['eighty', 't', 80], ['ninety', 't', 90],
  ['hundred', 'h', 100], ['thousand', 's', 3], ['million', 's', 6], ['billion', 's', 9], ['trillion', 's', 12],
  ['and', 'c', 0],
  ['first', 'u', 1, 'o'], ['second', 'u', 2, 'o'], ['third', 'u', 3, 'o'], ['fourth', 'u', 4, 'o'], ['fifth', 'u', 5, 'o'],
  ['sixth', 'u', 6, 'o'], ['seventh', 'u', 7, 'o'], ['eighth', 'u', 8, 'o'], ['ninth', 'u', 9, 'o'], ['tenth', 'u', 10, 'o'],
  ['eleventh', 'u', 11, 'o'], ['twelfth', 'u', 12, 'o'], ['thirteenth', 'u', 13, 'o'], ['fourteenth', 'u', 14, 'o'],
  ['fifteenth', 'u', 15, 'o'], ['sixteenth', 'u', 16, 'o'], ['seventeenth', 'u', 17, 'o'], ['eighteenth', 'u', 18, 'o'],
  ['nineteenth', 'u', 19, 'o'], ['twentieth', 't', 20, 'o'], ['thirtieth', 't', 30, 'o'], ['fortieth', 't', 40, 'o'],
  ['fiftieth', 't', 50, 'o'], ['sixtieth', 't', 60, 'o'], ['seventieth', 't', 70, 'o'], ['eightieth', 't', 80, 'o'],
  ['ninetieth', 't', 90, 'o'], ['hundredth', 'h', 100, 'o'], ['thousandth', 's', 3, 'o'], ['millionth', 's', 6, 'o'],
]);

const FR = table([
  ['un une', 'u', 1], ['deux', 'u', 2], ['trois', 'u', 3], ['quatre', 'u', 4], ['cinq', 'u', 5], ['six', 'u', 6],
  ['sept', 'u', 7], ['huit', 'u', 8], ['neuf', 'u', 9], ['dix', 'u', 10], ['onze', 'u', 11], ['douze', 'u', 12],
  ['treize', 'u', 13], ['quatorze', 'u', 14], ['quinze', 'u', 15], ['seize', 'u', 16],
  ['vingt', 't', 20], ['vingts', 't', 20, 'p'], ['trente', 't', 30], ['quarante', 't', 40], ['cinquante', 't', 50],
  ['soixante', 't', 60], ['septante', 't', 70], ['octante huitante', 't', 80], ['nonante', 't', 90],
  ['cent', 'h', 100], ['cents', 'h', 100, 'p'], ['mille mil', 's', 3], ['million', 's', 6], ['millions', 's', 6, 'p'],
  ['milliard', 's', 9], ['milliards', 's', 9, 'p'], ['billion', 's', 12], ['billions', 's', 12, 'p'],
  ['et', 'c', 0],
  ['premier premiere premiers premieres unieme', 'u', 1, 'o'], ['deuxieme deuxiemes second seconde seconds secondes', 'u', 2, 'o'],
  ['troisieme troisiemes', 'u', 3, 'o'], ['quatrieme', 'u', 4, 'o'], ['cinquieme', 'u', 5, 'o'], ['sixieme', 'u', 6, 'o'],
  ['septieme', 'u', 7, 'o'], ['huitieme', 'u', 8, 'o'], ['neuvieme', 'u', 9, 'o'], ['dixieme', 'u', 10, 'o'],
  ['onzieme', 'u', 11, 'o'], ['douzieme', 'u', 12, 'o'], ['treizieme', 'u', 13, 'o'], ['quatorzieme', 'u', 14, 'o'],
  ['quinzieme', 'u', 15, 'o'], ['seizieme', 'u', 16, 'o'], ['vingtieme', 't', 20, 'o'], ['trentieme', 't', 30, 'o'],
  ['quarantieme', 't', 40, 'o'], ['cinquantieme', 't', 50, 'o'], ['soixantieme', 't', 60, 'o'], ['centieme', 'h', 100, 'o'],
  ['millieme', 's', 3, 'o'],
]);

const NL = table([
  ['een', 'u', 1], ['twee', 'u', 2], ['drie', 'u', 3], ['vier', 'u', 4], ['vijf', 'u', 5], ['zes', 'u', 6],
  ['zeven', 'u', 7], ['acht', 'u', 8], ['negen', 'u', 9], ['tien', 'u', 10], ['elf', 'u', 11], ['twaalf', 'u', 12],
  ['dertien', 'u', 13], ['veertien', 'u', 14], ['vijftien', 'u', 15], ['zestien', 'u', 16], ['zeventien', 'u', 17],
  ['achttien', 'u', 18], ['negentien', 'u', 19], ['twintig', 't', 20], ['dertig', 't', 30], ['veertig', 't', 40],
  ['vijftig', 't', 50], ['zestig', 't', 60], ['zeventig', 't', 70], ['tachtig', 't', 80], ['negentig', 't', 90],
  ['honderd', 'h', 100], ['duizend', 's', 3], ['miljoen', 's', 6], ['miljard', 's', 9], ['biljoen', 's', 12],
  ['en', 'c', 0],
  ['eerste', 'u', 1, 'o'], ['tweede', 'u', 2, 'o'], ['derde', 'u', 3, 'o'], ['vierde', 'u', 4, 'o'], ['vijfde', 'u', 5, 'o'],
  ['zesde', 'u', 6, 'o'], ['zevende', 'u', 7, 'o'], ['achtste', 'u', 8, 'o'], ['negende', 'u', 9, 'o'], ['tiende', 'u', 10, 'o'],
  ['elfde', 'u', 11, 'o'], ['twaalfde', 'u', 12, 'o'], ['dertiende', 'u', 13, 'o'], ['veertiende', 'u', 14, 'o'],
  ['vijftiende', 'u', 15, 'o'], ['zestiende', 'u', 16, 'o'], ['zeventiende', 'u', 17, 'o'], ['achttiende', 'u', 18, 'o'],
  ['negentiende', 'u', 19, 'o'], ['twintigste', 't', 20, 'o'], ['dertigste', 't', 30, 'o'], ['veertigste', 't', 40, 'o'],
  ['vijftigste', 't', 50, 'o'], ['zestigste', 't', 60, 'o'], ['zeventigste', 't', 70, 'o'], ['tachtigste', 't', 80, 'o'],
  ['negentigste', 't', 90, 'o'], ['honderdste', 'h', 100, 'o'], ['duizendste', 's', 3, 'o'], ['miljoenste', 's', 6, 'o'],
]);

const TABLES: Record<string, Table> = { en: EN, fr: FR, nl: NL };

/**
 * The value of one number word as written (`sixteen`, `seize`, `zestien` → `16`, `hundred` → `100`,
 * `first` → `#1`), for the aligner's word features; undefined for other words and for `one`, `un`,
 * `een` and `a`, mostly articles.
 * @param folded the word, accent- and case-folded
 * @param lang ISO 639-1 code
 */
export function numberWordValue(folded: string, lang: string): string | undefined {
  const e = TABLES[lang]?.get(folded);
  if (!e || e.kind === 'c' || e.article || (e.value === 1 && e.kind === 'u' && !e.ordinal)) return undefined;
  return (e.ordinal ? '#' : '') + String(e.kind === 's' ? 10 ** e.value : e.value);
}

/** Dutch writes numbers below a million as one word; the morphemes, longest first, for splitting them. */
const NL_MORPHEMES = [...NL.keys()].sort((a, b) => b.length - a.length);
/** Longer words are not numbers; also bounds the splitting work. */
const MAX_COMPOUND_LENGTH = 60;

const PERCENT_AFTER = /\s?%|\s(?:per\s?cent|percent|pour\s?cent|pourcent|procent)(?![\p{L}])/iuy;

interface Part extends Entry { end: number }

/** Split a Dutch compound (`tweehonderdvijfentwintig`) into table entries, or undefined. */
function splitDutch(word: string, end: number): Part[] | undefined {
  if (word.length === 0 || word.length > MAX_COMPOUND_LENGTH) return undefined;
  const out: Part[] = [];
  const go = (at: number): boolean => {
    if (at === word.length) return true;
    for (const m of NL_MORPHEMES) {
      if (word.startsWith(m, at)) {
        const e = NL.get(m) as Entry;
        // An ordinal only ends a compound; `en` only joins inside one.
        if (e.ordinal && at + m.length !== word.length) continue;
        out.push({ ...e, end });
        if (go(at + m.length)) return true;
        out.pop();
      }
    }
    return false;
  };
  if (!go(0)) return undefined;
  if (out[0].kind === 'c' || out[out.length - 1].kind === 'c') return undefined;
  return out;
}

/** The parts of one word: hyphen parts (en, fr) or compound morphemes (nl); `complete` when every part was a number word. */
function wordParts(word: string, start: number, lang: string, tableFor: Table): { parts: Part[]; complete: boolean } {
  const folded = foldWord(word);
  if (lang === 'nl') {
    const direct = tableFor.get(folded);
    if (direct !== undefined) return { parts: direct.kind === 'c' ? [] : [{ ...direct, end: start + word.length }], complete: true };
    const split = splitDutch(folded, start + word.length);
    return { parts: split ?? [], complete: split !== undefined };
  }
  const parts: Part[] = [];
  let offset = start;
  const pieces = folded.split(/[-‐]/);
  const raw = word.split(/[-‐]/);
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    const pieceEnd = offset + raw[k].length;
    // French `quatre-vingt(s)` multiplies: 80.
    if (lang === 'fr' && p === 'quatre' && /^vingt(s|ieme)?$/.test(pieces[k + 1] ?? '')) {
      const next = pieces[k + 1];
      const nextEnd = pieceEnd + 1 + raw[k + 1].length;
      parts.push({ kind: 't', value: 80, ordinal: next === 'vingtieme', end: nextEnd });
      offset = nextEnd + 1;
      k++;
      continue;
    }
    const e = tableFor.get(p);
    if (e === undefined || (e.kind === 'c' && (k === 0 || k === pieces.length - 1))) return { parts, complete: false };
    parts.push({ ...e, end: pieceEnd });
    offset = pieceEnd + 1;
  }
  return { parts, complete: true };
}

/** Accumulates parts into a value (Σ group × 10^scale), refusing parts that cannot continue the number. */
class Accumulator {
  /** Completed groups (`two thousand` → 2000). */
  total = 0;
  /** The group below the last scale word, < 1000. */
  cur = 0;
  /** The last scale used, so scales only decrease (`million` then `thousand`). */
  lastScale = Infinity;
  /** Parts taken so far. */
  count = 0;
  /** An ordinal part was taken: the number is a rank and ends there. */
  ordinal = false;
  /** Every part so far is `one`/`un`/`une`/`een`/`a`: an article, not a figure. */
  onlyArticles = true;
  /** A connector (`and`, `et`, Dutch `en`) waits for the part it joins. */
  pendingConnector = false;
  prevKind: PartKind | undefined;

  get value(): number { return this.total + this.cur; }

  /** Try to add a part; false when it would not continue this number. */
  add(p: Entry, lang: string): boolean {
    if (this.ordinal) return false;
    if (p.kind === 'c') {
      const ok = lang === 'en' ? this.prevKind === 'h' || this.prevKind === 's'
        : lang === 'fr' ? this.prevKind === 't' && this.cur % 10 === 0
          : this.prevKind === 'u' && this.cur % 100 < 10;
      if (!ok || this.pendingConnector) return false;
      this.pendingConnector = true;
      return true;
    }
    const sub = this.cur % 100;
    if (this.count === 0 && p.plural) return false;
    if (this.pendingConnector) {
      // `hundred and five`, `vingt et un`, `vijfentwintig`.
      const ok = lang === 'en' ? p.kind === 'u' || p.kind === 't'
        : lang === 'fr' ? p.kind === 'u' && (p.value === 1 || p.value === 11)
          : p.kind === 't';
      if (!ok) return false;
      if (lang === 'nl') { this.cur += p.value; this.finish(p); return true; }
    }
    switch (p.kind) {
      case 'u':
      case 't': {
        // After tens only a unit (`twenty-one`); after French 60 and 80 also 10–19 (`soixante-dix-sept`); `dix-sept`.
        const ok = sub === 0 || (sub % 10 === 0 && sub >= 20 && p.kind === 'u' && p.value < 10)
          || ((sub === 60 || sub === 80) && p.kind === 'u' && p.value >= 10 && p.value < 20)
          || (sub === 10 && p.kind === 'u' && p.value >= 7 && p.value <= 9);
        if (!ok) return false;
        this.cur += p.value;
        break;
      }
      case 'h':
        if (this.cur >= 100) return false;
        this.cur = (this.cur === 0 ? 1 : this.cur) * 100;
        break;
      case 's': {
        const scale = 10 ** p.value;
        if (scale >= this.lastScale) return false;
        this.total += (this.cur === 0 ? 1 : this.cur) * scale;
        this.cur = 0;
        this.lastScale = scale;
        break;
      }
    }
    this.finish(p);
    return true;
  }

  private finish(p: Entry): void {
    this.count++;
    this.pendingConnector = false;
    this.prevKind = p.kind;
    if (p.ordinal) this.ordinal = true;
    if (!p.article && !(p.kind === 'u' && p.value === 1 && !p.ordinal)) this.onlyArticles = false;
  }
}

interface Word { text: string; start: number; end: number; folded: string }

/** First two letters (char codes, c0 * 256 + c1) of every number word of every table. */
const OPENING_PAIRS = new Set<number>();
for (const t of [EN, FR, NL]) for (const w of t.keys()) if (w.length >= 2) OPENING_PAIRS.add(w.charCodeAt(0) * 256 + w.charCodeAt(1));

/** Three-letter openings of Dutch number morphemes: a cheap filter before splitting a compound. */
const NL_OPENINGS = new Set(NL_MORPHEMES.filter((m) => m.length >= 3).map((m) => m.slice(0, 3)));

/** Cheap test that a word can open a number, so most words skip the full reading. */
function mayStartNumber(folded: string, lang: string, tableFor: Table): boolean {
  if (lang === 'nl') return tableFor.has(folded) || NL_OPENINGS.has(folded.slice(0, 3));
  let dash = folded.indexOf('-');
  if (dash < 0) dash = folded.indexOf('‐');
  return tableFor.has(dash < 0 ? folded : folded.slice(0, dash));
}

/**
 * Claim spelled-out numbers (≥ 2, or ordinals) in English, French and Dutch texts.
 * @param occ the occupancy of the text being scanned
 * @param lang ISO 639-1 code; other languages are left alone
 */
export function findSpelledNumbers(occ: Occupancy, lang: string): void {
  const tableFor = TABLES[lang];
  if (tableFor === undefined) return;
  const text = occ.text;
  const words: Word[] = [];
  for (const { start, end } of scanWords(text, false, '-‐')) {
    // Fold only words whose first two letters can open a number word: folding every word costs.
    const c0 = text.charCodeAt(start) | 32;
    const c1 = end - start > 1 ? text.charCodeAt(start + 1) | 32 : 0;
    const maybe = c0 > 127 || c1 > 127 || OPENING_PAIRS.has(c0 * 256 + c1) || end - start === 1;
    const w = text.slice(start, end);
    words.push({ text: w, start, end, folded: maybe ? foldWord(w) : '' });
  }
  let i = 0;
  while (i < words.length) {
    const f = words[i].folded;
    const consumed = f !== '' && mayStartNumber(f, lang, tableFor) ? runAt(occ, words, i, lang, tableFor) : 0;
    i += Math.max(1, consumed);
  }
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/** Read one number starting at word i; returns how many words it used (0 when none). */
function runAt(occ: Occupancy, words: Word[], i: number, lang: string, tableFor: Table): number {
  const acc = new Accumulator();
  const text = occ.text;
  let end = -1;
  let used = 0;
  for (let k = i; k < words.length; k++) {
    const w = words[k];
    if (k > i && !/^\s{1,2}$/.test(text.slice(words[k - 1].end, w.start))) break;
    if (occ.overlaps(w.start, w.end)) break;
    const { parts, complete } = wordParts(w.text, w.start, lang, tableFor);
    if (parts.length === 0) {
      // A lone connector word between number words (`hundred and five`, `vingt et un`).
      const e = tableFor.get(w.folded);
      if (e?.kind === 'c' && k > i && acc.add(e, lang)) continue;
      break;
    }
    let took = 0;
    for (const p of parts) {
      if (!acc.add(p, lang)) break;
      took++;
      end = p.end;
    }
    if (took === 0) break;
    used = k - i + 1;
    if (took < parts.length || !complete || acc.ordinal) break;
  }
  if (used === 0) return 0;
  const first = words[i];
  const value = acc.value;
  if (!Number.isSafeInteger(value)) return used;
  if (!acc.ordinal && (value < 2 || acc.onlyArticles)) return used;
  const next = words[i + used];
  // `Premier ministre`, `Eerste Minister`, `first minister`: a title, not a rank.
  if (acc.ordinal && value === 1 && next !== undefined && next.folded.startsWith('minist')) return used;
  // `Tweede Kamer`, `First Vice-President`: a capitalised ordinal before a capitalised word is part of a name.
  if (acc.ordinal && next !== undefined && isCapitalised(first.text) && isCapitalised(next.text)) return used;
  // `third countries`, `third parties`, `derde landen`: fixed terms, not ranks.
  if (acc.ordinal && value === 3 && next !== undefined && /^(?:countr|part|land|partij)/.test(next.text.toLowerCase())) return used;
  // Dutch `in acht nemen` (take into account).
  if (lang === 'nl' && value === 8 && used === 1 && i > 0 && words[i - 1].text.toLowerCase() === 'in') return used;
  let surfaceEnd = end;
  let v = acc.ordinal ? `#${value}` : String(value);
  if (!acc.ordinal) {
    PERCENT_AFTER.lastIndex = end;
    const pct = PERCENT_AFTER.exec(text);
    if (pct !== null) { surfaceEnd = end + pct[0].length; v += '%'; }
  }
  occ.claim('number', first.start, surfaceEnd, v);
  return used;
}
