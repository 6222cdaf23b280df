/**
 * The assertions shared by the planted-divergence tests: per kind, every
 * plant found by its rule at its lines (or at least the share given), no
 * false alarm set off elsewhere, and the failures spelled out.
 */
import { expect } from 'vitest';
import type { Kind } from './plants.js';
import type { Outcome, PairOutcome } from './run.js';

/** What a missed plant looked like, for the failure message. */
export function explain(o: Outcome): string {
  const near = o.findings.filter((f) => (f.target && f.target.line <= o.plant.region[1] + 1 && o.plant.region[0] - 1 <= f.target.endLine) ||
    (f.source && (o.plant.source ?? []).some(([a, b]) => f.source!.line <= b && a <= f.source!.endLine)));
  const got = near.map((f) => `${f.severity} ${f.rule} ${f.source?.line ?? '-'}/${f.target?.line ?? '-'}`).join('; ') || 'nothing there';
  return `${o.pair}: ${o.plant.describe}, source lines ${JSON.stringify(o.plant.source ?? [])}: got ${got}`;
}

/**
 * Expect a kind of plant to be found.
 * @param minRate share of the plants that must be found (1: every one)
 * @returns the number of plants of the kind, so a test can insist there were some
 */
export function expectFound(results: readonly PairOutcome[], kind: Kind, minRate = 1): number {
  const outcomes = results.flatMap((r) => r.outcomes.filter((o) => o.plant.kind === kind));
  const missed = outcomes.filter((o) => !o.found);
  const rate = outcomes.length === 0 ? 1 : 1 - missed.length / outcomes.length;
  expect(rate, `${missed.length} of ${outcomes.length} ${kind} plants missed:\n${missed.map(explain).join('\n')}`).toBeGreaterThanOrEqual(minRate);
  return outcomes.length;
}

/** Expect no plant to set off an error away from where it was planted. */
export function expectNoCollateral(results: readonly PairOutcome[]): void {
  const alarms = results.flatMap((r) => r.outcomes.flatMap((o) => o.collateral.map((f) => `${o.pair}: ${o.plant.describe} → ${f.rule} ${f.source?.line ?? '-'}/${f.target?.line ?? '-'}: ${f.message}`)));
  expect(alarms).toEqual([]);
}
