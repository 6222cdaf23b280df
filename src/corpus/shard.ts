/** Sharding: which groups fall to shard k of n, by a hash of their members (stable across machines). */

import { fnv1a } from '../text/hash.js';

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer (`text/hash.ts`). */
export { fnv1a };

/**
 * Whether a group belongs to shard `k` of `n`.
 * @param members the group's member paths, sorted
 * @param k 1-based shard number
 */
export function inShard(members: readonly string[], k: number, n: number): boolean {
  return fnv1a(members.join('\n')) % n === k - 1;
}
