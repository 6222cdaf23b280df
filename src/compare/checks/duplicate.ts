/** `duplicate`: a segment that repeats, wholly or nearly, an earlier segment of the same document. */
import type { SegmentedDocument } from '../../types.js';
import type { Emitted, Found, Side } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSegments } from '../locate.js';
import { findSimilarPairs, shingles, type SimilarPair } from '../minhash.js';
import { foldedWords } from '../text.js';
import { wordDiff } from '../word-diff.js';

/** Shorter segments (dates, salutations, "Article 5") repeat legitimately. */
export const MIN_DUPLICATE_WORDS = 8;
/** Shingle share of the smaller segment found in the larger one: nearly contained. */
const CONTAINMENT = 0.8;
/** ...provided the smaller is not a mere phrase of a much longer segment. */
const MIN_SIZE_RATIO = 0.4;
/** Shingle Jaccard above which two segments are near-duplicates whatever their sizes. */
const JACCARD = 0.7;

/** Shingle share above which a list item lies wholly inside another item: a bullet pasted twice, once cut short. */
const WHOLLY_CONTAINED = 0.95;

/**
 * Find segments that repeat an earlier one of the same document; each is
 * reported once, at the later place, naming the earlier one's line.
 * @param side which key the finding's location goes under
 */
export function checkDuplicate(doc: SegmentedDocument, side: Side): Emitted[] {
  const sets = doc.segments.map((s) => {
    if (s.kind === 'heading' || s.kind === 'title') return null;
    const words = foldedWords(s.text);
    return words.length < MIN_DUPLICATE_WORDS ? null : shingles(words);
  });
  const items = (pair: SimilarPair): boolean => doc.segments[pair.earlier].kind === 'item' && doc.segments[pair.later].kind === 'item';
  const accept = (pair: SimilarPair): boolean =>
    pair.jaccard >= JACCARD ||
    (pair.containment >= CONTAINMENT && pair.sizeRatio >= MIN_SIZE_RATIO) ||
    (pair.containment >= WHOLLY_CONTAINED && items(pair));
  const out: Emitted[] = [];
  for (const pair of findSimilarPairs(sets, accept)) {
    const earlier = doc.segments[pair.earlier];
    const later = doc.segments[pair.later];
    const identical = pair.jaccard === 1 && earlier.text === later.text;
    const how = identical
      ? 'repeats'
      : pair.containment >= CONTAINMENT && pair.sizeRatio < 1
        ? `nearly repeats (${Math.round(pair.containment * 100)}% of the shorter one's wording is in the other)`
        : `nearly repeats (${Math.round(pair.jaccard * 100)}% shared wording)`;
    const finding: Found = {
      rule: 'duplicate',
      message: `${later.kind} ${how} the ${earlier.kind} on line ${earlier.position.start.line}`,
      [side]: locateSegments(doc, [pair.later]),
      note: `earlier occurrence: line ${earlier.position.start.line}, segment ${earlier.id}; the diff runs from it to this one`,
      diff: wordDiff(earlier.text, later.text),
      fingerprint: fingerprint('duplicate', earlier.text, later.text),
    };
    out.push({ order: pair.later, finding });
  }
  return out;
}
