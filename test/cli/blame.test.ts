/** `fbcoop check` on the seeds blames the version that departs (spawned CLI). */
import { describe, expect, it } from 'vitest';
import { CORPUS, fbcoop, SEED } from '../helpers/cli.js';

describe('fbcoop check: blame on the version that departs', () => {
  it('reports the seeds’ 3 real errors: en-b’s date, en-a’s two missing figures (en-b, which keeps them, is not charged)', () => {
    const r = fbcoop(['check', CORPUS, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; target?: { path: string }; note?: string }[]; summary: { error: number } };
    expect(report.summary.error).toBe(3);
    const errors = report.findings.filter((f) => f.severity === 'error');
    // Reports order findings by severity, then document, then position: en-a before en-b.
    expect(errors.map((f) => [f.rule, f.target?.path])).toEqual([
      ['number-mismatch', SEED.enA], ['number-mismatch', SEED.enA], ['date-mismatch', SEED.enB],
    ]);
    expect(errors[1].note).toContain(`as in the source: ${SEED.enB}`);
  });
});
