/** `split`: one source segment rendered as several target segments. */
import type { Emitted, PairContext } from '../context.js';
import { manyToOne } from '../many-to-one.js';

/** Find beads pairing more target segments than source segments. */
export function checkSplit(ctx: PairContext): Emitted[] {
  return manyToOne(ctx, 'target', 'split');
}
