/**
 * Encoding repair, found in one linear scan of the original text: a `?` (or U+FFFD)
 * standing for a lost `’` or `œ`, and UTF-8 read as Latin-1/Windows-1252 (`Ã©` → `é`).
 * Nothing is rewritten here: the result is a list of edits the text builder applies
 * while it keeps its map back to the original offsets.
 */
import { isLetter, isUpper, isSpace } from './chars.js';

/** One replacement of `length` original characters (from `offset`) by `text`. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/** A damaged word and its repair (`to === from` when the damage could not be decided). */
export interface WordRepair {
  offset: number;
  end: number;
  from: string;
  to: string;
}

/** Edits in offset order and the words they repair. */
export interface RepairPlan {
  edits: Edit[];
  words: WordRepair[];
  /** For each edit, the index of its word in `words`. */
  wordOf: Int32Array;
}

const QUESTION = 63;
const REPLACEMENT = 0xfffd;

/**
 * French word beginnings spelled with `œ` (general French, not any document's words):
 * a `?` is read as a lost `œ` only where the result starts with one of these.
 */
const OE_STEMS = [
  'œuvr', 'cœur', 'chœur', 'sœur', 'vœu', 'nœud', 'œil', 'œuf', 'bœuf', 'mœurs', 'manœuvr', 'rancœur',
  'écœur', 'désœuvr', 'contrecœur', 'œsophag', 'œcumén', 'œnolog', 'œdème', 'œdip', 'fœtus', 'fœt', 'œstr',
  'cœlacanthe', 'hors-d', 'sœurette', 'vœux', 'nœuds', 'œillet', 'œillade', 'belle-sœur', 'crève-cœur',
];

/** Elided French words, after which a damaged character between letters is an apostrophe. */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'aujourd']);

/** English contraction endings after an apostrophe. */
const CONTRACTIONS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** Windows-1252 characters for bytes 0x80–0x9F, to undo mojibake read with that code page. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f'
  + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_BYTE = new Map<number, number>();
for (let i = 0; i < 32; i++) CP1252_BYTE.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

/** Longest run of non-space characters examined to tell a URL from a word (bounds the scan). */
const TOKEN_LOOKAROUND = 200;

/**
 * Find the encoding damage of a text and how to repair it.
 * @param value the original text
 */
export function planRepairs(value: string): RepairPlan {
  const edits: Edit[] = [];
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === QUESTION || c === REPLACEMENT) {
      let j = i + 1;
      while (j < n && (value.charCodeAt(j) === QUESTION || value.charCodeAt(j) === REPLACEMENT)) j++;
      repairMarks(value, i, j, edits);
      i = j - 1;
    } else if (c >= 0xc2 && c <= 0xf4) {
      const len = mojibakeAt(value, i, edits);
      if (len > 0) i += len - 1;
    }
  }
  urlMemo = { value: '', end: -1, url: false };
  return groupWords(value, edits);
}

/** A run `[i, j)` of `?`/U+FFFD: decide whether it hides `’`, `œ` or both, or is a real question mark. */
function repairMarks(value: string, i: number, j: number, edits: Edit[]): void {
  const run = j - i;
  if (run > 2) return;
  const prev = i > 0 ? value.charCodeAt(i - 1) : 32;
  const next = j < value.length ? value.charCodeAt(j) : 32;
  const prevLetter = isLetter(prev);
  const nextLetter = isLetter(next);
  if (!nextLetter) {
    if (run === 1 && value.charCodeAt(i) === REPLACEMENT && prevLetter) edits.push({ offset: i, length: 1, text: '\ufffd' });
    return;
  }
  if (looksLikeUrl(value, i)) return;
  const left = lettersBefore(value, i).toLowerCase();
  const right = lettersAfter(value, j).toLowerCase();
  const oe = isUpper(next) ? 'Œ' : 'œ';
  const replacement = value.charCodeAt(i) === REPLACEMENT;
  if (run === 1) {
    if (startsWithStem(left + 'œ' + right)) { edits.push({ offset: i, length: 1, text: oe }); return; }
    if (prevLetter && (!replacement || ELISIONS.has(left) || CONTRACTIONS.has(right))) {
      edits.push({ offset: i, length: 1, text: '\u2019' });
      return;
    }
    if (replacement) edits.push({ offset: i, length: 1, text: '\ufffd' });
    return;
  }
  // Two marks between letters: a lost apostrophe then a lost `œ` (`l??il` is `l’œil`).
  if (prevLetter && startsWithStem('œ' + right)) {
    edits.push({ offset: i, length: 1, text: '\u2019' });
    edits.push({ offset: i + 1, length: 1, text: oe });
  }
}

function startsWithStem(word: string): boolean {
  for (const stem of OE_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

function lettersBefore(value: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < TOKEN_LOOKAROUND && isLetter(value.charCodeAt(a - 1))) a--;
  return value.slice(a, i);
}

function lettersAfter(value: string, j: number): string {
  let b = j;
  while (b < value.length && b - j < TOKEN_LOOKAROUND && isLetter(value.charCodeAt(b))) b++;
  return value.slice(j, b);
}

/** The last token examined by `looksLikeUrl`: marks in one long token are judged once, keeping the scan linear. */
let urlMemo = { value: '', end: -1, url: false };

/** Whether the non-space token around `i` is a URL or a query string, whose `?` is real. */
function looksLikeUrl(value: string, i: number): boolean {
  if (urlMemo.value === value && i < urlMemo.end) return urlMemo.url;
  let a = i;
  while (a > 0 && i - a < TOKEN_LOOKAROUND && !isBreak(value.charCodeAt(a - 1))) a--;
  let b = i + 1;
  while (b < value.length && !isBreak(value.charCodeAt(b))) b++;
  let url = false;
  for (let k = a; k < b && !url; k++) {
    const c = value.charCodeAt(k);
    if (c === 61 || c === 38 || c === 64) url = true; // = & @
    // A path separator: `/` before a letter or digit (`./.` end marks are not paths).
    else if (c === 47 && k + 1 < b && /[\p{L}\p{N}]/u.test(value[k + 1])) url = true;
  }
  urlMemo = { value, end: b, url };
  return url;
}

function isBreak(c: number): boolean {
  return isSpace(c) || c === 10 || c === 13;
}

/** Byte value of a character as Latin-1 or Windows-1252 would have shown it, or -1. */
function byteOf(c: number): number {
  if (c >= 0x80 && c <= 0xff) return c;
  return CP1252_BYTE.get(c) ?? -1;
}

/** At a possible UTF-8 lead byte shown as Latin-1: decode the sequence; returns its length, 0 if none. */
function mojibakeAt(value: string, i: number, edits: Edit[]): number {
  const lead = value.charCodeAt(i);
  const len = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  if (i + len > value.length) return 0;
  let cp = lead & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) {
    const b = byteOf(value.charCodeAt(i + k));
    if (b < 0x80 || b > 0xbf) return 0;
    if (k === 1) {
      // Reject overlong forms and surrogates, which no encoder writes.
      if (lead === 0xe0 && b < 0xa0) return 0;
      if (lead === 0xed && b >= 0xa0) return 0;
      if (lead === 0xf0 && b < 0x90) return 0;
      if (lead === 0xf4 && b > 0x8f) return 0;
    }
    cp = (cp << 6) | (b & 0x3f);
  }
  edits.push({ offset: i, length: len, text: String.fromCodePoint(cp) });
  return len;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || c === 0x2019 || c === 39 || c === QUESTION || c === REPLACEMENT;
}

/** Group edits into the words they touch, for the `repairs` list. */
function groupWords(value: string, edits: Edit[]): RepairPlan {
  const words: WordRepair[] = [];
  const wordOf = new Int32Array(edits.length);
  let k = 0;
  while (k < edits.length) {
    const first = edits[k];
    let start = first.offset;
    const floor = words.length > 0 ? words[words.length - 1].end : 0;
    while (start > floor && isLetter(value.charCodeAt(start - 1))) start--;
    let end = first.offset + first.length;
    let last = k;
    for (;;) {
      while (end < value.length && isWordChar(value.charCodeAt(end))
        && !(last + 1 < edits.length && edits[last + 1].offset === end)) end++;
      if (last + 1 < edits.length && edits[last + 1].offset === end) {
        last++;
        end = edits[last].offset + edits[last].length;
        continue;
      }
      break;
    }
    const parts: string[] = [];
    let at = start;
    for (let e = k; e <= last; e++) {
      parts.push(value.slice(at, edits[e].offset), edits[e].text);
      at = edits[e].offset + edits[e].length;
      wordOf[e] = words.length;
    }
    parts.push(value.slice(at, end));
    words.push({ offset: start, end, from: value.slice(start, end), to: parts.join('') });
    k = last + 1;
  }
  return { edits, words, wordOf };
}
