/**
 * Baselines: findings a team has accepted, fingerprinted by rule and content
 * (never by line numbers), so they survive edits elsewhere in the file.
 */
import { FbcoopError } from '../errors.js';
import { parseJsonFile } from './json.js';
import type { Finding } from '../types.js';
import { findingFingerprint } from '../fingerprint.js';

/** Accepted fingerprints, as read from a baseline file. */
export interface Baseline {
  fingerprints: Set<string>;
}

/** The baseline file for a set of findings (JSON: fingerprints with what they stand for, for review). */
export function writeBaseline(findings: readonly Finding[]): string {
  const entries = new Map<string, { fingerprint: string; rule: string; path: string; message: string }>();
  for (const f of findings) {
    const fingerprint = findingFingerprint(f);
    if (!entries.has(fingerprint)) entries.set(fingerprint, { fingerprint, rule: f.rule, path: (f.source ?? f.target)?.path ?? '', message: f.message });
  }
  const accepted = [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return `${JSON.stringify({ version: 1, accepted }, null, 2)}\n`;
}

/**
 * Read a baseline file.
 * @param path the file's path, for error messages
 * @throws FbcoopError E_CONFIG naming the file and the problem
 */
export function parseBaseline(text: string, path: string): Baseline {
  const data = parseJsonFile(text, path);
  const list = Array.isArray(data) ? data : (data as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw new FbcoopError('E_CONFIG', `${path}: accepted: expected a list of findings (as --write-baseline writes it)`);
  const fingerprints = new Set<string>();
  list.forEach((entry: unknown, i) => {
    const fp = typeof entry === 'string' ? entry : (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fp !== 'string' || fp === '') throw new FbcoopError('E_CONFIG', `${path}: accepted[${i}]: expected a fingerprint string`);
    fingerprints.add(fp);
  });
  return { fingerprints };
}

/**
 * The findings a baseline does not accept.
 * @returns findings whose fingerprint is not in the baseline, in the same order
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline | Iterable<string>): Finding[] {
  const accepted = 'fingerprints' in baseline ? baseline.fingerprints : new Set(baseline);
  return findings.filter((f) => !accepted.has(findingFingerprint(f)));
}
