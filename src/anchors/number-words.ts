/**
 * Spelled-out numbers in English, French and Dutch: `two hundred` = `deux cents` = `tweehonderd` = 200,
 * `quatre-vingt-dix-neuf` = 99, `eenentwintig` = 21, ordinals `first`/`premier`/`eerste` → `#1`.
 * `one`, `un`, `une`, `een` and `a` alone are articles, never figures.
 */

import { foldWord } from './fold.js';
import type { Occupancy } from './mask.js';
import { scanWords } from './chars.js';
import { LANGUAGES, type NumberWordKind, type NumberWordRow } from '../lang/index.js';

interface Entry {
  kind: NumberWordKind;
  value: number;
  ordinal?: boolean;
  /** Plural scale words (`millions`) only multiply; they never start a number. */
  plural?: boolean;
  /** `a` (English) counts only before `hundred`, `thousand`… */
  article?: boolean;
}

type Table = Map<string, Entry>;

/** A language's number-word table, from its rows in `src/lang/`. */
function table(spec: readonly NumberWordRow[]): Table {
  const t: Table = new Map();
  for (const [words, kind, value, flags = ''] of spec) {
    for (const w of words.split(' ')) {
      t.set(w, { kind, value, ordinal: flags.includes('o'), plural: flags.includes('p'), article: flags.includes('a') });
    }
  }
  return t;
}

/** Per language with number words, its table. */
const TABLES: Record<string, Table> = Object.fromEntries(
  LANGUAGES.filter((l) => l.numberWords.length > 0).map((l) => [l.code, table(l.numberWords)]),
);
/** Dutch compounds are split into these morphemes. */
const NL = TABLES.nl;

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
  prevKind: NumberWordKind | undefined;

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
for (const t of Object.values(TABLES)) for (const w of t.keys()) if (w.length >= 2) OPENING_PAIRS.add(w.charCodeAt(0) * 256 + w.charCodeAt(1));

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
