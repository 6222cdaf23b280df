/** Sharding: which groups fall to shard k of n, by a hash of their members (stable across machines). */

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as an unsigned integer. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Whether a group belongs to shard `k` of `n`.
 * @param members the group's member paths, sorted
 * @param k 1-based shard number
 */
export function inShard(members: readonly string[], k: number, n: number): boolean {
  return fnv1a(members.join('\n')) % n === k - 1;
}
