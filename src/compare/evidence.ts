/**
 * Word evidence that two texts in different languages say the same thing without a dictionary:
 * the same word, a cognate (`Fondation`/`Foundation`, `Mexique`/`Mexico`, `Nord`/`North`), or the same
 * country in another language (`Allemagne`/`Germany`, from i18n-iso-countries). Names and the
 * partial-divergence check both read it.
 */
import { placesIn } from '../anchors/places.js';
import { editDistance, fold } from './text.js';

/** A word of a text: folded, elision and possessive taken off, with its place in the text. */
export interface EvidenceWord {
  /** Folded form (`l’Afrique` → `afrique`, `Nobel's` → `nobel`). */
  word: string;
  /** Offsets in the text the word was read from (`end` exclusive), elision included. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** French and Italian elisions before a word (`l’`, `d’`, `qu’`, `dell’`). */
const ELISION = /^(?:[dljmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|nell|sull)['’]/u;
const POSSESSIVE = /['’]s$/u;

/**
 * The words of a text for evidence: folded, elisions and possessives off.
 * @param text any text (a segment's, a name's surface)
 */
export function evidenceWords(text: string): EvidenceWord[] {
  const out: EvidenceWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]).replace(ELISION, '').replace(POSSESSIVE, '');
    if (word !== '') out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A shared beginning this long, covering this share of the shorter word, makes a cognate (`mexique`/`mexico`: 4 of 6). */
const COGNATE_PREFIX = 4;
const COGNATE_PREFIX_SHARE = 0.6;
/** A shared beginning this long makes a cognate whatever the endings (`continuellement`/`continuously`, `biologique`/`biological`). */
const LONG_PREFIX = 6;
/** Short words (5 letters or fewer) need all but one letter shared at the start (`nord`/`north`, `karl`/`karoly`, `marie`/`mary`). */
const SHORT_WORD = 5;
const SHORT_PREFIX = 3;
/** Longer words one edit apart are cognates too (`paradis`/`paradise`, `elisabeth`/`elizabeth`). */
const MIN_EDIT_WORD = 5;

/**
 * Whether two folded words are the same word or cognates across languages. Tested against the
 * divergence dev set (REFreSD fr-en): the prefix share keeps `europol`/`eurojust` apart.
 */
export function cognate(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < SHORT_PREFIX) return false;
  let p = 0;
  while (p < short && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p >= COGNATE_PREFIX && p >= Math.min(LONG_PREFIX, COGNATE_PREFIX_SHARE * short)) return true;
  if (short <= SHORT_WORD && p >= SHORT_PREFIX && p >= short - 1) return true;
  return short >= MIN_EDIT_WORD && editDistance(a, b, 1) <= 1;
}

/** Most distinct words on a side for the one-edit scan, which costs a pass over them per word. */
const MAX_EDIT_SCAN = 400;

/** The evidence of one side of a pair, for "has this word a counterpart there?" questions. */
export class WordEvidence {
  private readonly exact: Set<string>;
  private readonly byStart = new Map<string, string[]>();
  private readonly places: Set<string>;

  /** @param words the other side's words */
  constructor(readonly words: readonly EvidenceWord[]) {
    this.exact = new Set(words.map((w) => w.word));
    for (const w of this.exact) {
      const key = w.slice(0, SHORT_PREFIX);
      const list = this.byStart.get(key);
      if (list) list.push(w);
      else this.byStart.set(key, [w]);
    }
    this.places = new Set(placesIn(words.map((w) => w.word)).map((p) => p.code));
  }

  /** Whether the side has exactly this (folded) word. */
  hasExact(word: string): boolean {
    return this.exact.has(word);
  }

  /** Whether the side has this (folded) word or a cognate of it. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    if (word.length < SHORT_PREFIX) return false;
    // Cognates by prefix share their first letters: look only there.
    for (const w of this.byStart.get(word.slice(0, SHORT_PREFIX)) ?? []) if (cognate(word, w)) return true;
    // One edit apart may change the first letters: scan, on sentence-sized sides only (a one-line table stays linear).
    if (word.length < MIN_EDIT_WORD || this.exact.size > MAX_EDIT_SCAN) return false;
    for (const w of this.exact) if (Math.abs(w.length - word.length) <= 1 && editDistance(word, w, 1) <= 1) return true;
    return false;
  }

  /**
   * Which of some words have a counterpart on this side: the word or a cognate, or a country
   * the words name that this side names too, in any language.
   * @returns one flag per word
   */
  rendered(words: readonly string[]): boolean[] {
    const out = words.map((w) => this.has(w));
    for (const p of placesIn(words)) if (this.places.has(p.code)) for (let k = p.start; k < p.end; k++) out[k] = true;
    return out;
  }
}
