/** `split`: one source segment (or list item) rendered as several target segments (or list items). */
import type { Emitted, PairContext } from '../context.js';
import { itemsJoined, manyToOne } from '../many-to-one.js';
import { repeatedOneSided } from '../one-sided.js';

/** Find beads pairing more target segments than source segments, a source list item cut into several target items, and a repeated target passage for one source passage. */
export function checkSplit(ctx: PairContext): Emitted[] {
  return [...manyToOne(ctx, 'target', 'split'), ...itemsJoined(ctx, 'target', 'split'), ...repeatedOneSided(ctx, 'target', 'split')];
}
