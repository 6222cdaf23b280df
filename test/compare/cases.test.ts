/**
 * The compare-* cases end to end (read → segment → detect → align → compare):
 * each planted divergence is found at its lines, and no other error is raised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';

interface Expected {
  rule: string;
  severity: string;
  sourceLine?: number;
  targetLine?: number;
  expected?: string;
  actual?: string;
}

const CASES = resolve(import.meta.dirname, '../../fixtures/cases');
const names = readdirSync(CASES).filter((n) => n.startsWith('compare-'));

describe.each(names)('%s', (name) => {
  const dir = join(CASES, name);
  const read = (file: string) => decodeDocument(readFileSync(join(dir, file)), `${name}/${file}`);
  const { findings: expected } = JSON.parse(readFileSync(join(dir, 'expected-findings.json'), 'utf8')) as { findings: Expected[] };

  it('finds each planted divergence, and no other error or warning', () => {
    const { report } = analyze(read('source.txt'), read('target.txt'));
    for (const e of expected) {
      const match = report.findings.find((f) =>
        f.rule === e.rule && f.severity === e.severity &&
        (e.sourceLine === undefined || f.source?.line === e.sourceLine) &&
        (e.targetLine === undefined || f.target?.line === e.targetLine) &&
        (e.expected === undefined || f.expected === e.expected) &&
        (e.actual === undefined || f.actual === e.actual));
      expect(match, `${e.rule} at ${e.sourceLine}/${e.targetLine} in ${JSON.stringify(report.findings.map((f) => [f.rule, f.source?.line, f.target?.line, f.message]))}`).toBeDefined();
    }
    const unexpected = report.findings.filter((f) => f.severity !== 'info' && !expected.some((e) => e.rule === f.rule));
    expect(unexpected.map((f) => f.message)).toEqual([]);
  });
});
