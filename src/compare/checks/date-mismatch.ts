/** `date-mismatch`: an aligned pair's dates differ as values, or one side has a date the other lacks. */
import type { Emitted, PairContext, PlacedAnchor, Side } from '../context.js';
import { dateCovers, dateLikeness, datesCompatible, isYear, matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/** Beyond this many (source, target) pairs of left-over dates in one pair, pairing looks only near each date's rank (issue 11). */
const ALL_PAIRS = 20_000;
/** Target dates looked at on each side of a source date's rank, beyond ALL_PAIRS. */
const PAIRING_WINDOW = 16;

/**
 * Compare the dates of each sure pair as ISO values; partial dates compatible
 * with full ones agree. Dates left over on both sides are paired, most alike
 * first, as changed dates. Where the aligner's boundaries jitter a date may sit
 * one bead away: a date is not missing (and a pair not changed) when the other
 * side's neighbouring bead has it, at least as precisely (a bare `2019` next
 * door does not account for `14 March 2019`).
 * Cross-language, a bare year with no counterpart is only a warning: "this year"
 * and "en 2018" are both good translations.
 */
export function checkDateMismatch(ctx: PairContext): Emitted[] {
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    const src = ctx.beadAnchors('source', b, ['date']);
    const tgt = ctx.beadAnchors('target', b, ['date']);
    if (src.length === 0 && tgt.length === 0) continue;
    const left = matchAnchors(src, tgt, (a) => a.value, (a, c) => datesCompatible(a.value, c.value));
    if (left.source.length === 0 && left.target.length === 0) continue;
    const near = { source: [...ctx.neighbourValues('source', b, ['date'])], target: [...ctx.neighbourValues('target', b, ['date'])] };
    const numbers = { source: numberSet(ctx, 'source', b), target: numberSet(ctx, 'target', b) };
    // Whether the other side has the date next door, or (a year) reads it as a plain number.
    const elsewhere = (anchor: PlacedAnchor, side: Side) =>
      near[side].some((v) => dateCovers(v, anchor.value)) || (isYear(anchor.value) && numbers[side].has(String(Number(anchor.value))));
    const paired = new Set<PlacedAnchor>();
    const source: PlacedAnchor[] = [];
    const n = left.source.length;
    const m = left.target.length;
    // Thousands of dates in one pair: each source date meets only the target dates at about its rank.
    const window = n * m > ALL_PAIRS ? PAIRING_WINDOW : m;
    for (let i = 0; i < n; i++) {
      const s = left.source[i];
      let best: PlacedAnchor | undefined;
      let bestScore = -1;
      const centre = Math.floor((i * m) / n);
      for (let j = Math.max(0, centre - window); j < Math.min(m, centre + window + 1); j++) {
        const t = left.target[j];
        if (paired.has(t)) continue;
        const score = dateLikeness(s.value, t.value);
        if (score > bestScore) { best = t; bestScore = score; }
      }
      // Both dates accounted for next door: the aligner cut the text between them, nothing changed.
      if (best && !(elsewhere(s, 'target') && elsewhere(best, 'source'))) {
        paired.add(best);
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'date-mismatch', bead: b, source: s, target: best,
          message: `date differs: ${s.surface} (source) vs ${best.surface} (target)`,
        }) });
      } else source.push(s);
    }
    for (const s of source) {
      if (elsewhere(s, 'target')) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'date-mismatch', minor: !ctx.sameLanguage && isYear(s.value), bead: b, source: s,
        message: `date missing in the target: ${s.surface} (source)`,
      }) });
    }
    for (const t of left.target) {
      if (paired.has(t) || elsewhere(t, 'source')) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'date-mismatch', minor: !ctx.sameLanguage && isYear(t.value), bead: b, target: t,
        message: `date not in the source: ${t.surface} (target)`,
      }) });
    }
  }
  return out;
}

/** The plain numbers of one side of a bead, as values. */
function numberSet(ctx: PairContext, side: Side, bead: number): Set<string> {
  return new Set(ctx.beadAnchors(side, bead, ['number']).map((a) => a.value));
}
