/**
 * Stable finding fingerprints: by rule and content, never by line numbers, so that a
 * finding keeps its identity when lines move (baselines, SARIF `partialFingerprints`).
 */
import { createHash } from 'node:crypto';
import type { Finding, Location } from './types.js';

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

function place(l: Location | undefined): string[] {
  return l ? [l.path, l.text ?? ''] : ['', ''];
}

/**
 * A finding's fingerprint: the one its rule gave it, else one from its rule, files, segment
 * texts and compared values (and its message when it names no text).
 */
export function findingFingerprint(f: Finding): string {
  if (f.fingerprint) return f.fingerprint;
  const hasText = f.source?.text !== undefined || f.target?.text !== undefined;
  return fingerprint(f.rule, ...place(f.source), ...place(f.target), f.expected ?? '', f.actual ?? '', hasText ? '' : f.message);
}
