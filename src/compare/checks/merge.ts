/** `merge`: several source segments rendered as one target segment. */
import type { Emitted, PairContext } from '../context.js';
import { manyToOne } from '../many-to-one.js';

/** Find beads pairing more source segments than target segments. */
export function checkMerge(ctx: PairContext): Emitted[] {
  return manyToOne(ctx, 'source', 'merge');
}
