/** `omission`: source content with no counterpart in the target (a segment, or a parenthetical). */
import type { Emitted, PairContext } from '../context.js';
import { oneSidedBeads, oneSidedParentheticals } from '../one-sided.js';
import { partialDivergences } from '../partial.js';

/** Find source segments and parentheticals the target leaves out. */
export function checkOmission(ctx: PairContext): Emitted[] {
  return [...oneSidedBeads(ctx, 'source', 'omission'), ...oneSidedParentheticals(ctx, 'source', 'omission'), ...partialDivergences(ctx, 'source', 'omission')];
}
