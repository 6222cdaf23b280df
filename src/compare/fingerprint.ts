/** Stable finding fingerprints: by rule and content, never by line numbers. */
import { createHash } from 'node:crypto';

/**
 * A fingerprint that survives lines moving: rule plus whitespace- and case-normalised content.
 * @param rule rule id
 * @param parts the texts and values the finding is about
 * @returns 40 hex digits (SHA-1)
 */
export function fingerprint(rule: string, ...parts: readonly string[]): string {
  const hash = createHash('sha1');
  hash.update(rule);
  for (const part of parts) hash.update(`\u0000${part.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`);
  return hash.digest('hex');
}
