/** `merge`: several source segments (or list items) rendered as one target segment (or list item). */
import type { Emitted, PairContext } from '../context.js';
import { itemsJoined, manyToOne } from '../many-to-one.js';
import { repeatedOneSided } from '../one-sided.js';

/** Find beads pairing more source segments than target segments, source list items joined into one target item, and a repeated source passage rendered once. */
export function checkMerge(ctx: PairContext): Emitted[] {
  return [...manyToOne(ctx, 'source', 'merge'), ...itemsJoined(ctx, 'source', 'merge'), ...repeatedOneSided(ctx, 'source', 'merge')];
}
