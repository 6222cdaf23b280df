/** `date-mismatch`: an aligned pair's dates differ as values, or one side has a date the other lacks. */
import type { Emitted, PairContext, PlacedAnchor } from '../context.js';
import { dateLikeness, datesCompatible, isYear, matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/**
 * Compare the dates of each sure pair as ISO values; partial dates compatible
 * with full ones agree. A date one bead away (alignment jitter) is not missing.
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
    // A year may have been read as a plain number on the other side.
    const otherNumbers = (side: 'source' | 'target') => new Set(ctx.beadAnchors(side, b, ['number']).map((a) => a.value));
    const near = (side: 'source' | 'target') => [...ctx.neighbourValues(side, b, ['date'])];
    const lacks = (anchor: PlacedAnchor, side: 'source' | 'target') =>
      !near(side).some((v) => datesCompatible(anchor.value, v)) &&
      !(isYear(anchor.value) && otherNumbers(side).has(String(Number(anchor.value))));
    const source = left.source.filter((a) => lacks(a, 'target'));
    const target = left.target.filter((a) => lacks(a, 'source'));
    const paired = new Set<PlacedAnchor>();
    for (const s of source) {
      let best: PlacedAnchor | undefined;
      let bestScore = -1;
      for (const t of target) {
        if (paired.has(t)) continue;
        const score = dateLikeness(s.value, t.value);
        if (score > bestScore) { best = t; bestScore = score; }
      }
      if (best) {
        paired.add(best);
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'date-mismatch', severity: 'error', bead: b, source: s, target: best,
          message: `date differs: ${s.surface} (source) vs ${best.surface} (target)`,
        }) });
      } else {
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'date-mismatch', severity: !ctx.sameLanguage && isYear(s.value) ? 'warning' : 'error', bead: b, source: s,
          message: `date missing in the target: ${s.surface} (source)`,
        }) });
      }
    }
    for (const t of target) {
      if (paired.has(t)) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'date-mismatch', severity: !ctx.sameLanguage && isYear(t.value) ? 'warning' : 'error', bead: b, target: t,
        message: `date not in the source: ${t.surface} (target)`,
      }) });
    }
  }
  return out;
}
