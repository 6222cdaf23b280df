/** `number-mismatch`: figures that differ, or figures of one side missing on the other (digits = spelled out). */
import type { Emitted, PairContext, PlacedAnchor, Side } from '../context.js';
import { canonicalNumber, dateNumbers, matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/**
 * Small numbers written out in words come and go with the wording ("both"
 * for "les deux", "un" as an article, "first" for "inaugural"): unmatched,
 * they are reported only where the other side has a left-over figure to pair
 * them with ("trois" against "four").
 */
const SMALL_WORD_NUMBER = 10;

function spelledOut(anchor: PlacedAnchor): boolean {
  return !/\d/.test(anchor.surface);
}

function isRank(anchor: PlacedAnchor): boolean {
  return anchor.value.startsWith('#');
}

function small(anchor: PlacedAnchor): boolean {
  return spelledOut(anchor) && (isRank(anchor) || Number(anchor.value) <= SMALL_WORD_NUMBER);
}

/**
 * Figures of a side's neighbouring beads, the numbers inside its own dates,
 * and the years of its neighbours' dates (a day number next door, `4-5 December`,
 * says nothing about a count of four here).
 */
function present(ctx: PairContext, side: Side, bead: number): Set<string> {
  const out = new Set<string>();
  for (const v of ctx.neighbourValues(side, bead, ['number'])) out.add(canonicalNumber(v));
  for (const a of ctx.beadAnchors(side, bead, ['date'])) for (const n of dateNumbers(a.value)) out.add(n);
  for (const v of ctx.neighbourValues(side, bead, ['date'])) for (const n of dateNumbers(v)) if (n.length === 4) out.add(n);
  return out;
}

/**
 * Pair left-over figures of the same type (counts with counts, ranks with
 * ranks), nearest place in the bead first: one changed figure, not one
 * missing and one added.
 */
function pairByPlace(source: readonly PlacedAnchor[], target: readonly PlacedAnchor[]): Map<PlacedAnchor, PlacedAnchor> {
  const candidates: [number, PlacedAnchor, PlacedAnchor][] = [];
  for (const s of source) for (const t of target) if (isRank(s) === isRank(t)) candidates.push([Math.abs(s.at - t.at), s, t]);
  candidates.sort((a, b) => a[0] - b[0]);
  const pairs = new Map<PlacedAnchor, PlacedAnchor>();
  const taken = new Set<PlacedAnchor>();
  for (const [, s, t] of candidates) {
    if (pairs.has(s) || taken.has(t)) continue;
    pairs.set(s, t);
    taken.add(t);
  }
  return pairs;
}

/**
 * Compare the figures of each sure pair as multisets of values. Left-over
 * figures on both sides are paired as changed figures. A figure found in the
 * counterpart's neighbouring bead (alignment jitter) or inside one of its
 * dates is not missing, and a pair both of whose figures are so found is not
 * a change. Figures only in the target are reported cross-language when
 * written in digits.
 */
export function checkNumberMismatch(ctx: PairContext): Emitted[] {
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    const src = ctx.beadAnchors('source', b, ['number']);
    const tgt = ctx.beadAnchors('target', b, ['number']);
    if (src.length === 0 && tgt.length === 0) continue;
    const left = matchAnchors(src, tgt, (a) => canonicalNumber(a.value));
    if (left.source.length === 0 && left.target.length === 0) continue;
    const inTarget = present(ctx, 'target', b);
    const inSource = present(ctx, 'source', b);
    const explained = (a: PlacedAnchor, other: Set<string>) => other.has(canonicalNumber(a.value));
    const pairs = pairByPlace(left.source, left.target);
    const paired = new Set<PlacedAnchor>();
    for (const [s, t] of pairs) {
      if (explained(s, inTarget) && explained(t, inSource)) continue;
      paired.add(s).add(t);
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'number-mismatch', bead: b, source: s, target: t,
        message: `figure differs: ${s.surface} (source) vs ${t.surface} (target)`,
      }) });
    }
    for (const s of left.source) {
      if (paired.has(s) || small(s) || explained(s, inTarget)) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'number-mismatch', bead: b, source: s,
        message: `figure missing in the target: ${s.surface} (source)`,
      }) });
    }
    for (const t of left.target) {
      if (paired.has(t) || small(t) || explained(t, inSource) || (spelledOut(t) && !ctx.sameLanguage)) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'number-mismatch', bead: b, target: t,
        message: `figure not in the source: ${t.surface} (target)`,
      }) });
    }
  }
  return out;
}
