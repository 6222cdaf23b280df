/** `omission`: source content with no counterpart in the target (a segment, or a parenthetical). */
import type { Emitted, PairContext } from '../context.js';
import { oneSidedBeads, oneSidedParentheticals } from '../one-sided.js';
import { partialDivergences } from '../partial.js';

/** Find source segments and parentheticals the target leaves out. */
export function checkOmission(ctx: PairContext): Emitted[] {
  const parentheticals = oneSidedParentheticals(ctx, 'source', 'omission');
  // A pair with a parenthetical reported is not reported again for the run that parenthetical makes.
  const reported = new Set(parentheticals.map((e) => e.order));
  return [...oneSidedBeads(ctx, 'source', 'omission'), ...parentheticals, ...partialDivergences(ctx, 'source', 'omission').filter((e) => !reported.has(e.order))];
}
