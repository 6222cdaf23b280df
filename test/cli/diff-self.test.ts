/** `fbcoop diff X X`: a document's own findings (repeats, damaged characters) once, not once per side. */
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED } from '../helpers/cli.js';

describe('fbcoop diff X X', () => {
  it('reports the French duplicate bullet and the repaired characters once each', () => {
    const r = fbcoop(['diff', SEED.fr, SEED.fr, '--format', 'json']);
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; source?: { line: number }; target?: unknown }[] }).findings;
    expect(findings.map((f) => f.rule).sort()).toEqual(['duplicate', 'encoding']);
    expect(findings.every((f) => f.source && !f.target)).toBe(true);
  });
});
