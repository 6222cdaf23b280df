/**
 * Length model after Gale & Church (1993), "A program for aligning sentences
 * in bilingual corpora": translated lengths are proportional, with a variance
 * growing with length. Both parameters are estimated from the two documents.
 */

/** Gale & Church's variance per character; the starting point before re-estimation. */
const DEFAULT_VARIANCE = 6.8;
/** Bounds on the re-estimated variance, so one odd document cannot switch the model off. */
const MIN_VARIANCE = 2;
const MAX_VARIANCE = 40;

/** A length model: ratio of target to source length and variance per character. */
export interface LengthModel {
  /** sqrt(target chars / source chars): each side is scaled by it to meet in the middle. */
  scale: number;
  variance: number;
}

/** Estimate the ratio from the documents' total lengths. */
export function lengthModel(sourceTotal: number, targetTotal: number, variance = DEFAULT_VARIANCE): LengthModel {
  const ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1;
  return { scale: Math.sqrt(ratio), variance };
}

/** Re-estimate the variance from pairs of lengths believed to be translations. */
export function reestimateVariance(model: LengthModel, sourceLengths: ArrayLike<number>, targetLengths: ArrayLike<number>): LengthModel {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < sourceLengths.length; k++) {
    const x = sourceLengths[k] * model.scale;
    const y = targetLengths[k] / model.scale;
    if (x + y <= 0) continue;
    sum += ((y - x) * (y - x)) / ((x + y) / 2);
    count++;
  }
  if (count < 10) return model;
  return { scale: model.scale, variance: Math.min(MAX_VARIANCE, Math.max(MIN_VARIANCE, sum / count)) };
}

/** -log of the two-sided tail probability of a standard normal deviate. */
function tailCostExact(z: number): number {
  // Abramowitz & Stegun 7.1.26 for erfc; beyond z≈6 use the asymptotic z²/2.
  const a = Math.abs(z) / Math.SQRT2;
  if (a > 4) return a * a + Math.log(a * Math.sqrt(Math.PI));
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-a * a);
  return -Math.log(Math.max(erfc, 1e-300));
}

/**
 * Cost (nats) of pairing a source block of `ls` characters with a target
 * block of `lt`; symmetric under swapping the sides (with the model inverted).
 */
export function lengthCost(model: LengthModel, ls: number, lt: number): number {
  const x = ls * model.scale;
  const y = lt / model.scale;
  const mean = (x + y) / 2;
  if (mean <= 0) return 0;
  const z = (y - x) / Math.sqrt(model.variance * Math.max(mean, 1));
  return tailCost(z);
}

/** Table step for |z| (the cost is smooth; linear interpolation is exact to ~1e-4). */
const TABLE_STEP = 0.01;
/** Table end; beyond it the cost grows as z²/2 and is computed directly. */
const TABLE_MAX = 12;
const TABLE = Float64Array.from({ length: Math.ceil(TABLE_MAX / TABLE_STEP) + 2 }, (_, k) => tailCostExact(k * TABLE_STEP));

/** Tabulated tailCostExact: the hot loop calls it for every bead it tries. */
function tailCost(z: number): number {
  const a = Math.abs(z) / TABLE_STEP;
  if (a >= TABLE_MAX / TABLE_STEP) return tailCostExact(z);
  const k = Math.floor(a);
  const f = a - k;
  return TABLE[k] * (1 - f) + TABLE[k + 1] * f;
}
