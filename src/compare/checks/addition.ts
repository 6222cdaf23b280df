/** `addition`: target content with no counterpart in the source (a segment, or a parenthetical). */
import type { Emitted, PairContext } from '../context.js';
import { oneSidedBeads, oneSidedParentheticals } from '../one-sided.js';
import { partialDivergences } from '../partial.js';

/** Find target segments and parentheticals the source does not have. */
export function checkAddition(ctx: PairContext): Emitted[] {
  const parentheticals = oneSidedParentheticals(ctx, 'target', 'addition');
  // A pair with a parenthetical reported is not reported again for the run that parenthetical makes.
  const reported = new Set(parentheticals.map((e) => e.order));
  return [...oneSidedBeads(ctx, 'target', 'addition'), ...parentheticals, ...partialDivergences(ctx, 'target', 'addition').filter((e) => !reported.has(e.order))];
}
