/** `addition`: target content with no counterpart in the source (a segment, or a parenthetical). */
import type { Emitted, PairContext } from '../context.js';
import { oneSidedBeads, oneSidedParentheticals } from '../one-sided.js';
import { partialDivergences } from '../partial.js';

/** Find target segments and parentheticals the source does not have. */
export function checkAddition(ctx: PairContext): Emitted[] {
  return [...oneSidedBeads(ctx, 'target', 'addition'), ...oneSidedParentheticals(ctx, 'target', 'addition'), ...partialDivergences(ctx, 'target', 'addition')];
}
