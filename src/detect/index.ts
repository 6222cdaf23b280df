/** Stage 2b, detect: the language of a document and of each segment long enough to judge. */
import type { Segment, SegmentedDocument } from '../types.js';
import { CANDIDATES, toIso6391 } from './codes.js';
import { FRANC_MAX_LENGTH, TrigramClassifier } from './trigrams.js';

export { toIso6391 } from './codes.js';

/** Options for `detectLanguages`. */
export interface DetectOptions {
  /** ISO 639-1 code that overrides detection for the whole document. */
  lang?: string;
  /**
   * Judge each segment's language (default). False: every segment takes the document's, for an
   * output that shows none (`align --format beads`): at a million segments, a fifth of the run.
   */
  segments?: boolean;
}

/** Segments shorter than this inherit the document's language: franc guesses on short strings. */
export const SEGMENT_MIN_LENGTH = 40;

/** A segment's language is judged on at most this many characters: keeps the cost per segment bounded. */
const SEGMENT_SAMPLE_LENGTH = 1000;

/** Characters of segment text the document's language is judged on: plenty, and bounded on huge files. */
const DOCUMENT_SAMPLE_LENGTH = 20_000;

/** franc reads at most 2048 characters at a time, so the document sample is cut into windows of this size. */
const FRANC_WINDOW = FRANC_MAX_LENGTH;

/** Franc's minimum length, for the document windows. */
const FRANC_MIN_LENGTH = 10;

/**
 * How far the document's language may trail a segment's best language before
 * the segment is given its own: as a share of the spread between franc's best
 * and worst candidates, so it does not depend on the segment's length.
 * Measured on French, English and Dutch official texts: same-language
 * sentences franc misreads stay under 0.17, real foreign sentences are
 * mostly above 0.25.
 */
export const OVERRIDE_MARGIN = 0.2;

let classifier: TrigramClassifier | undefined;

/** franc's classifier over the candidate languages, built on first use. */
function scoresOf(text: string, minLength: number) {
  classifier ??= new TrigramClassifier(CANDIDATES);
  return classifier.scores(text, minLength);
}

/** The classifier's unranked distances (see `TrigramClassifier.rank`). */
function rankOf(text: string, minLength: number) {
  classifier ??= new TrigramClassifier(CANDIDATES);
  return classifier.rank(text, minLength);
}

/**
 * Fill in `lang` on the document and its segments (ISO 639-1, or `und`).
 * Segments inherit the document's language unless franc is clearly sure of another.
 * @param options.lang an ISO 639-1 (or 639-3) code that overrides detection everywhere
 * @returns a new SegmentedDocument; the input is not modified
 */
export function detectLanguages(doc: SegmentedDocument, options: DetectOptions = {}): SegmentedDocument {
  return detectLanguagesInPlace({ ...doc, segments: doc.segments.map((s) => ({ ...s })) }, options);
}

/**
 * `detectLanguages` for a document the caller owns (fresh from `segment`): its segments get their
 * `lang` where they are, since a copy of a million segments is a second million objects.
 * @returns the same document, filled in
 */
export function detectLanguagesInPlace(doc: SegmentedDocument, options: DetectOptions = {}): SegmentedDocument {
  const override = options.lang !== undefined && options.lang.trim() !== '' ? toIso6391(options.lang) : undefined;
  const documentCode = override === undefined ? documentLanguage(doc) : '';
  const lang = override ?? toIso6391(documentCode);
  const judge = options.segments ?? true;
  for (const s of doc.segments) {
    if (override !== undefined || !judge) s.lang = lang;
    else {
      const code = s.text.length < SEGMENT_MIN_LENGTH ? documentCode : segmentLanguage(s.text, documentCode);
      s.lang = code === documentCode ? lang : toIso6391(code);
    }
  }
  doc.lang = lang;
  return doc;
}

/**
 * The document's language (ISO 639-3, or `und`): franc's scores summed over
 * windows of segment text spread through the document.
 */
function documentLanguage(doc: SegmentedDocument): string {
  const windows = sampleWindows(doc.segments);
  if (windows.length === 0) {
    // Nothing segmented (or not segmented yet): judge the raw text.
    const value = doc.document.value;
    for (let i = 0; i < Math.min(value.length, DOCUMENT_SAMPLE_LENGTH); i += FRANC_WINDOW) {
      windows.push(value.slice(i, i + FRANC_WINDOW));
    }
  }
  const totals = new Map<string, number>();
  for (const window of windows) {
    const scores = scoresOf(window, FRANC_MIN_LENGTH);
    if (scores[0][0] === 'und') continue;
    // Weight by length so a short tail window counts less than a full one.
    for (const [code, score] of scores) totals.set(code, (totals.get(code) ?? 0) + score * window.length);
  }
  let best = 'und';
  let bestTotal = 0;
  for (const [code, total] of totals) {
    if (total > bestTotal) {
      best = code;
      bestTotal = total;
    }
  }
  return best;
}

/**
 * Windows of about `FRANC_WINDOW` characters of segment text, started at
 * evenly spaced segments, `DOCUMENT_SAMPLE_LENGTH` characters in all.
 */
function sampleWindows(segments: readonly Segment[]): string[] {
  const count = Math.ceil(DOCUMENT_SAMPLE_LENGTH / FRANC_WINDOW);
  const windows: string[] = [];
  let next = 0;
  for (let w = 0; w < count && next < segments.length; w++) {
    let i = Math.max(next, Math.floor((w * segments.length) / count));
    let window = '';
    while (i < segments.length && window.length < FRANC_WINDOW) {
      window += (window === '' ? '' : '\n') + segments[i].text.slice(0, FRANC_WINDOW);
      i++;
    }
    next = i;
    if (window.trim() !== '') windows.push(window.slice(0, FRANC_WINDOW));
  }
  return windows;
}

/**
 * A segment's language (ISO 639-3), biased to the document's: another language
 * wins only when the document's trails it by `OVERRIDE_MARGIN` or more of the
 * spread between franc's best and worst candidates, or when franc does not even
 * consider it (another script). Read from the distances: franc's score is
 * linear in them, so the shares are the same, without ranking every language.
 */
function segmentLanguage(text: string, documentCode: string): string {
  const r = rankOf(text.length > SEGMENT_SAMPLE_LENGTH ? text.slice(0, SEGMENT_SAMPLE_LENGTH) : text, SEGMENT_MIN_LENGTH);
  if (typeof r === 'string') return r === 'und' ? documentCode : r;
  const { languages, distances } = r;
  // franc ranks by distance, ties in candidate order: the first minimum is its top.
  let top = 0;
  let worst = distances[0];
  let own = -1;
  for (let i = 0; i < distances.length; i++) {
    if (distances[i] < distances[top]) top = i;
    if (distances[i] > worst) worst = distances[i];
    if (languages[i] === documentCode) own = i;
  }
  if (documentCode === 'und' || languages[top] === documentCode) return languages[top];
  if (own < 0) return languages[top];
  const spread = worst - distances[top];
  if (spread <= 0) return documentCode;
  return (distances[own] - distances[top]) / spread >= OVERRIDE_MARGIN ? languages[top] : documentCode;
}
