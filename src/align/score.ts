/** Bead confidence: turn a bead's cost into a score in [0, 1]. */

/** Score of a 1-0 or 0-1 bead: a segment left without counterpart is always worth a look. */
export const GAP_SCORE = 0.2;
/** Score a pairing gets when its cost equals that of leaving both sides unpaired. */
const BREAK_EVEN_SCORE = 0.3;

/**
 * Confidence of a bead.
 * @param cost the bead's cost without its shape prior (0 = identical texts)
 * @param skip the cost of leaving one segment unpaired
 * @param gap whether the bead leaves a side empty
 * @returns exp(−cost/scale), scaled so that a pairing exactly as costly as
 *   leaving a source and a target segment unpaired scores BREAK_EVEN_SCORE
 */
export function beadScore(cost: number, skip: number, gap: boolean): number {
  if (gap) return GAP_SCORE;
  const scale = (2 * skip) / -Math.log(BREAK_EVEN_SCORE);
  const s = Math.exp(-Math.max(0, cost) / scale);
  return Math.min(1, Math.max(0, s));
}
