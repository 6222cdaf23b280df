/** The FNV-1a hash (Fowler, Noll, Vo), written once: shard choice, MinHash shingles, the aligner's whole-text feature. */

/** FNV-1a 32-bit offset basis. */
export const FNV_OFFSET_BASIS = 0x811c9dc5;
/** FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/**
 * One FNV-1a step, for loops that hash as they scan.
 * @param hash the hash so far (signed or unsigned 32-bit)
 * @param code the next UTF-16 code unit
 * @returns the new hash, as a signed 32-bit integer
 */
export function fnv1aStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units.
 * @param text any string
 * @returns the hash as an unsigned 32-bit integer
 */
export function fnv1a(text: string): number {
  let h = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) h = fnv1aStep(h, text.charCodeAt(i));
  return h >>> 0;
}
