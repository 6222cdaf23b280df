/** `number-mismatch`: figures that differ, or figures of one side missing on the other (digits = spelled out). */
import type { Emitted, PairContext, PlacedAnchor, Side } from '../context.js';
import { canonicalNumber, dateNumbers, matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/**
 * Cross-language, small numbers written out in words come and go with the
 * wording ("both" for "les deux", "un" as an article): they are never reported
 * when unmatched.
 */
const SMALL_WORD_NUMBER = 10;

function spelledOut(anchor: PlacedAnchor): boolean {
  return !/\d/.test(anchor.surface);
}

/** Figures of a side's bead and of its neighbours, and the numbers inside its dates. */
function present(ctx: PairContext, side: Side, bead: number): Set<string> {
  const out = new Set<string>();
  for (const v of ctx.neighbourValues(side, bead, ['number'])) out.add(canonicalNumber(v));
  for (const a of ctx.beadAnchors(side, bead, ['date'])) for (const n of dateNumbers(a.value)) out.add(n);
  for (const v of ctx.neighbourValues(side, bead, ['date'])) for (const n of dateNumbers(v)) out.add(n);
  return out;
}

/**
 * Compare the figures of each sure pair as multisets of values. A figure found
 * in the counterpart's neighbouring bead (alignment jitter) or inside one of
 * its dates is not missing. Figures only in the target are reported when
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
    // Spelled-out ordinals ("first", "premier") come and go with the wording too.
    const loose = (a: PlacedAnchor) => !ctx.sameLanguage && spelledOut(a) && (a.value.startsWith('#') || Number(a.value) <= SMALL_WORD_NUMBER);
    let source = left.source.filter((a) => !loose(a) && !inTarget.has(canonicalNumber(a.value)));
    let target = left.target.filter((a) => !loose(a) && !inSource.has(canonicalNumber(a.value)));
    if (ctx.sameLanguage) {
      // "two" → "both" is wording; "three" → "four" is a figure: keep small words only where they pair up.
      const small = (a: PlacedAnchor) => spelledOut(a) && (a.value.startsWith('#') || Number(a.value) <= SMALL_WORD_NUMBER);
      const pairable = Math.min(source.length, target.length);
      source = source.filter((a, k) => k < pairable || !small(a));
      target = target.filter((a, k) => k < pairable || !small(a));
    }
    // Pair what is left in text order: one differing figure, not one missing and one added.
    const pairs = Math.min(source.length, target.length);
    for (let k = 0; k < source.length; k++) {
      const s = source[k];
      const other = k < pairs ? target[k] : undefined;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'number-mismatch', severity: 'error', bead: b, source: s, target: other,
        message: other ? `figure differs: ${s.surface} (source) vs ${other.surface} (target)` : `figure missing in the target: ${s.surface} (source)`,
      }) });
    }
    for (const x of target.slice(pairs)) {
      if (spelledOut(x) && !ctx.sameLanguage) continue;
      out.push({ order: b, finding: valueFinding(ctx, {
        rule: 'number-mismatch', severity: 'error', bead: b, target: x,
        message: `figure not in the source: ${x.surface} (target)`,
      }) });
    }
  }
  return out;
}
