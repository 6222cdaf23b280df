/**
 * Names and acronyms: runs of capitalised words that do not merely open a sentence
 * (`Charles Michel`, `Hauts-de-France`, `Alexander De Croo`, `Jan van Eyck`) and all-caps
 * acronyms (`GDPR`, `RGPD`, plural `JITs` → `jit`), accent- and case-folded.
 */

import { foldName, foldWord } from './fold.js';
import type { Occupancy } from './mask.js';
import { isCalendarWord } from './months.js';
import { scanWords } from './chars.js';
import { wordsOf } from '../lang/index.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const NAME_JOINERS = "'’-‐";
/** French and Italian elisions before a name: `l’Union`, `d’Espagne`, `jusqu’à`. */
const ELISION = /^(?:[dljmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull)['’]/iu;
const POSSESSIVE = /['’]s$/u;
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]*(?:[-‐][\p{Lu}\p{N}]+)*$/u;
const UPPER = /\p{Lu}/gu;
const LOWER_CHAR = /\p{Ll}/u;
const UPPER_CHAR = /\p{Lu}/u;
/** Characters that may stand between a sentence boundary and its first word. */
const OPENERS = /[\s«"“„‘'‹([¿¡]/u;
const SENTENCE_END = /[.!?:…•▪●◦]/u;

/** Lower-case particles inside names (`Jan van Eyck`, `Charles de Gaulle`), any language (`src/lang/`). */
const PARTICLES = new Set(wordsOf('nameParticles'));
const MAX_PARTICLE_LENGTH = 5;
/** Capitalised particles that may open a surname (`De Croo`, `Van Quickenborne`, `Le Havre`) when not sentence-initial. */
const CAPITAL_PARTICLES = new Set(wordsOf('capitalParticles'));
/** Titles and abbreviations after which a full stop does not end a sentence (`Dr.`, `Mme`, `art.`). */
const TITLES = new Set([...wordsOf('titles'), ...wordsOf('numberAbbreviations')].map(foldWord));
/** Function words that are capitalised only because they open a sentence or a title, in the main EU languages. */
const STOP_WORDS = new Set(wordsOf('functionWords'));

/** Function words that, in capitals, are shouting rather than acronyms (`UN`, `EU` stay acronyms). */
const SHOUTED_FUNCTION_WORDS = new Set(['on', 'in', 'of', 'the', 'and', 'or', 'to', 'for', 'at', 'by', 'de', 'la', 'le', 'les', 'et', 'du', 'des', 'au', 'aux', 'en', 'het', 'van', 'een', 'op', 'der', 'die', 'das', 'und']);

/** Segments with at least this many all-caps words and few lower-case letters are headings in capitals. */
const HEADING_MIN_CAPS_WORDS = 2;
/** Share of lower-case letters below which a segment counts as written in capitals. */
const HEADING_MAX_LOWER_SHARE = 0.2;
/** Most white space allowed between two words of one name (normalised text has one space). */
const MAX_NAME_GAP = 2;

type Kind = 'cap' | 'acronym' | 'roman' | 'particle' | 'other';

interface Word {
  kind: Kind;
  text: string;
  start: number;
  end: number;
  folded: string;
  /** Preceded by an elided article (`l’Union`): a real capital, never sentence-initial. */
  elided: boolean;
}

function classify(core: string): Kind {
  // Fast path: `Xy…` with a lower-case ASCII second letter is a capitalised word.
  const c0 = core.charCodeAt(0);
  const c1 = core.charCodeAt(1);
  if (c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122) return 'cap';
  if (/^\p{N}/u.test(core)) return 'other';
  if (ROMAN.test(core)) return 'roman';
  const bare = core.endsWith('s') ? core.slice(0, -1) : core;
  const uppers = (core.match(UPPER) ?? []).length;
  if (ACRONYM.test(bare) && (uppers >= 2 || /\p{N}/u.test(bare)) && (bare === core || uppers >= 2)) return 'acronym';
  if (UPPER_CHAR.test(core[0]) && core.length >= 2) return 'cap';
  if (PARTICLES.has(core)) return 'particle';
  return 'other';
}

function isHeadingInCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = text[i];
      if (LOWER_CHAR.test(ch)) lower++;
      else if (UPPER_CHAR.test(ch)) upper++;
    }
  }
  if (lower >= HEADING_MAX_LOWER_SHARE * (upper + lower)) return false;
  let capsWords = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[0].length >= 2 && !LOWER_CHAR.test(m[0]) && UPPER_CHAR.test(m[0])) capsWords++;
  }
  return capsWords >= HEADING_MIN_CAPS_WORDS;
}

/** Whether the word at `start` opens a sentence, an item or a quotation. */
function sentenceInitial(text: string, start: number, bodyStart: number): boolean {
  let p = start - 1;
  while (p >= bodyStart && OPENERS.test(text[p])) p--;
  if (p < bodyStart) return true;
  const ch = text[p];
  if (!SENTENCE_END.test(ch)) return false;
  if (ch === '.') {
    let q = p;
    while (q > 0 && /[\p{L}]/u.test(text[q - 1])) q--;
    const before = text.slice(q, p);
    // `Mr. Valls`, `J. Smith`: a full stop after a title or an initial does not end the sentence.
    if (before.length === 1 && UPPER_CHAR.test(before)) return false;
    if (TITLES.has(foldWord(before))) return false;
  }
  return true;
}

/**
 * Claim acronyms and names.
 * @param occ the occupancy of the text being scanned
 * @param lang ISO 639-1 code (`de` capitalises every noun: only acronyms and multi-word names count)
 * @param bodyStart where the item's text starts after bullets and labels (counts as a sentence start)
 */
export function findNames(occ: Occupancy, lang: string, bodyStart: number): void {
  const text = occ.text;
  if (isHeadingInCapitals(text)) return;
  const words: Word[] = [];
  for (const span of scanWords(text, true, NAME_JOINERS)) {
    let start = span.start;
    let end = span.end;
    let core = text.slice(start, end);
    const c = core.charCodeAt(0);
    // Fast path: a plain lower-case ASCII word is a particle or nothing. Other words need no entry:
    // they break a run because the gap check sees them between two run words.
    if (c >= 97 && c <= 122 && !core.includes("'") && !core.includes('’')) {
      if (core.length <= MAX_PARTICLE_LENGTH && PARTICLES.has(core)) {
        words.push({ kind: 'particle', text: core, start, end, folded: core, elided: false });
      }
      continue;
    }
    let elided = false;
    if (core.includes("'") || core.includes('’')) {
      const el = ELISION.exec(core);
      if (el !== null && core.length > el[0].length) { start += el[0].length; core = core.slice(el[0].length); elided = true; }
      const pos = POSSESSIVE.exec(core);
      if (pos !== null && core.length > pos[0].length) { end -= pos[0].length; core = core.slice(0, -pos[0].length); }
    }
    // `PNR-gegevens`, `EU-lidstaten`, `GDPR-compliant`: an acronym opening a compound is still that acronym.
    const dash = core.search(/[-‐]/u);
    if (dash >= 2 && LOWER_CHAR.test(core[dash + 1] ?? '') && !occ.overlaps(start, start + dash)) {
      const head = core.slice(0, dash);
      if (ACRONYM.test(head) && (head.match(UPPER) ?? []).length >= 2) {
        words.push({ kind: 'acronym', text: head, start, end: start + dash, folded: head, elided });
        continue;
      }
    }
    const kind: Kind = occ.overlaps(start, end) ? 'other' : classify(core);
    if (kind === 'other') continue;
    words.push({ kind, text: core, start, end, folded: kind === 'cap' ? foldWord(core) : core, elided });
  }
  let run: Word[] = [];
  let pending: Word[] = [];
  const flush = (): void => {
    if (run.length > 0) emitName(occ, run, lang, bodyStart);
    run = [];
    pending = [];
  };
  for (const w of words) {
    const last = pending.length > 0 ? pending[pending.length - 1] : run[run.length - 1];
    const joined = last !== undefined && !w.elided && isSpace(text, last.end, w.start);
    switch (w.kind) {
      case 'cap':
        if (!joined) flush();
        run.push(...pending, w);
        pending = [];
        break;
      case 'particle':
        if (joined && run.length > 0) pending.push(w);
        else flush();
        break;
      case 'roman':
        if (joined && pending.length === 0 && run.length > 0) run.push(w);
        else flush();
        break;
      case 'acronym': {
        flush();
        // `ON`, `DE`, `THE` in a shouted phrase are words, not acronyms.
        if (SHOUTED_FUNCTION_WORDS.has(w.text.toLowerCase())) break;
        // Plural acronyms (`JITs`, `CCPDs`) compare as their singular.
        const value = foldName(/\p{Lu}s$/u.test(w.text) ? w.text.slice(0, -1) : w.text);
        occ.claim('acronym', w.start, w.end, value);
        break;
      }
      default:
        flush();
    }
  }
  flush();
}

function isSpace(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_NAME_GAP) return false;
  for (let i = from; i < to; i++) if (!/\s/u.test(text[i])) return false;
  return true;
}

function emitName(occ: Occupancy, run: Word[], lang: string, bodyStart: number): void {
  const text = occ.text;
  const initial = !run[0].elided && sentenceInitial(text, run[0].start, bodyStart);
  // Drop leading function, calendar and title words; what follows them is capitalised for a reason.
  let first = 0;
  let last = run.length - 1;
  while (first <= last) {
    const w = run[first];
    const isParticleName = !initial && CAPITAL_PARTICLES.has(w.folded) && first < last && run[first + 1].kind === 'cap';
    if (isParticleName) break;
    if (!(STOP_WORDS.has(w.folded) || isCalendarWord(w.text) || TITLES.has(w.folded))) break;
    first++;
  }
  while (last >= first && run[last].kind === 'particle') last--;
  if (first > last) return;
  const dropped = first > 0;
  let caps = 0;
  for (let k = first; k <= last; k++) if (run[k].kind === 'cap') caps++;
  if (initial && !dropped && caps < 2) return;
  if (lang === 'de' && caps < 2) return;
  if (first === last && run[first].kind !== 'cap') return;
  const start = run[first].start;
  const end = run[last].end;
  occ.claim('name', start, end, foldName(text.slice(start, end)));
}
