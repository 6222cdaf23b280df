/**
 * Segments an aligner folded into a neighbour's bead although nothing on the
 * other side renders them: a sentence left out shows up as a 2:1 bead, not as
 * a 1:0 one, when the aligner prefers merges to omissions. Such a segment is
 * an omission (or an addition), and the bead, without it, no merge.
 */
import type { PairContext, Side } from './context.js';
import { containsWords, fold, foldedWords } from './text.js';

/** Same language: share of a segment's word pairs found in the other side below which nothing there renders it… */
const UNRENDERED_SHARE = 0.25;
/** …while every other segment of the bead has at least this share there. */
const RENDERED_SHARE = 0.6;
/** Across languages: the other side is this much shorter (log ratio) than the whole bead should give; on the seeds, real merges stay within ±0.16… */
const LENGTH_GAP = 0.25;
/** …and within this (log ratio) of what the bead without the segment should give. */
const LENGTH_FIT = 0.3;
/** Shorter segments (a salutation, a heading) vary too much in length to be told apart this way. */
const MIN_CHARS = 30;
/** Letters that make a word a likely cognate across languages (`coopération`/`cooperation`, `terrorisme`/`terrorism`). */
const COGNATE_PREFIX = 5;
/** Share of a segment's long words with a cognate on the other side above which the other side may render it… */
const COGNATE_SHARE = 0.15;
/** …unless the bead's other segments have that much more: they are what the other side renders. */
const COGNATE_MARGIN = 0.2;

const cache = new WeakMap<PairContext, Map<string, number[]>>();

/**
 * The segments of `side` in a bead that the other side does not render.
 * @param ctx the comparison
 * @param bead a sure bead with at least two segments on `side`
 * @returns segment indices (of `side`), at most all but one of the bead's
 */
export function absorbedSegments(ctx: PairContext, bead: number, side: Side): number[] {
  let memo = cache.get(ctx);
  if (!memo) cache.set(ctx, (memo = new Map()));
  const key = `${side}:${bead}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = compute(ctx, bead, side)));
  return found;
}

function compute(ctx: PairContext, bead: number, side: Side): number[] {
  const other: Side = side === 'source' ? 'target' : 'source';
  const own = ctx.beads[bead][side];
  if (own.length < 2 || ctx.beads[bead][other].length === 0 || !ctx.isSurePair(bead)) return [];
  const segments = ctx.doc(side).segments;
  const otherText = ctx.beadText(other, bead);
  const otherWords = new Set(contentWords(otherText));
  const out: number[] = [];
  if (ctx.sameLanguage) {
    const otherPairs = new Set(wordPairs(foldedWords(otherText)));
    const shares = own.map((i) => share(wordPairs(foldedWords(segments[i].text)), otherPairs));
    own.forEach((i, k) => {
      if (segments[i].text.length < MIN_CHARS || shares[k] >= UNRENDERED_SHARE) return;
      if (shares.every((s, j) => j === k || s >= RENDERED_SHARE)) out.push(i);
    });
    return out;
  }
  const ratio = ctx.lengthRatio(other);
  const lengths = own.map((i) => segments[i].text.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const otherLength = ctx.beads[bead][other].reduce((n, i) => n + ctx.doc(other).segments[i].text.length, 0);
  if (Math.log(otherLength / (ratio * total)) > -LENGTH_GAP) return [];
  const prefixes = new Set([...otherWords].filter((w) => w.length >= COGNATE_PREFIX).map((w) => w.slice(0, COGNATE_PREFIX)));
  const cognates = own.map((i) => {
    const long = contentWords(segments[i].text).filter((w) => w.length > COGNATE_PREFIX);
    return long.length === 0 ? 0 : share(long.map((w) => w.slice(0, COGNATE_PREFIX)), prefixes);
  });
  own.forEach((i, k) => {
    if (lengths[k] < MIN_CHARS || Math.abs(Math.log(otherLength / (ratio * (total - lengths[k])))) > LENGTH_FIT) return;
    // Words the other side shares with this segment more than with the rest say it renders this one after all.
    if (cognates[k] > COGNATE_SHARE || cognates.some((c, j) => j !== k && c < cognates[k] + COGNATE_MARGIN)) return;
    // So do figures, dates and names the other side writes.
    const values = ctx.anchors(side, i).filter((a) => a.kind !== 'name' || /\s/.test(a.surface));
    if (values.some((a) => containsWords(otherText, fold(a.surface)) || ctx.beadAnchors(other, bead, [a.kind]).some((b) => b.value === a.value))) return;
    out.push(i);
  });
  // Only one segment can be the odd one out: with two candidates, the length test cannot tell which.
  return out.length === 1 ? out : [];
}

/** Words long enough to carry content (`de`, `the`, `het` are everywhere). */
const MIN_CONTENT_WORD = 4;

function contentWords(text: string): string[] {
  return foldedWords(text).filter((w) => w.length >= MIN_CONTENT_WORD);
}

/** Consecutive word pairs: a sentence left out shares next to none with the rest, even on the same topic. */
function wordPairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

function share(words: readonly string[], other: ReadonlySet<string>): number {
  if (words.length === 0) return 1;
  let n = 0;
  for (const w of words) if (other.has(w)) n++;
  return n / words.length;
}
