import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/index.js';
import { SEED, readAll } from './helpers.js';

describe('bad inputs among good ones', () => {
  it('each unreadable, binary or empty file is an error-level input finding; the good files are still checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fbcoop-corpus-'));
    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const missing = join(dir, 'gone.txt');
    const fr = join(dir, 'fr.txt');
    const enB = join(dir, 'en-b.txt');
    copyFileSync(SEED.fr, fr);
    copyFileSync(SEED.enB, enB);

    const { documents, problems } = readAll([binary, empty, fr, missing, enB]);
    expect(problems.map((p) => p.path).sort()).toEqual([binary, empty, missing].sort());
    const report = await checkCorpus(documents, problems);

    const inputs = report.findings.filter((f) => f.rule === 'input');
    expect(inputs.map((f) => f.source!.path).sort()).toEqual([binary, empty, missing].sort());
    for (const f of inputs) {
      expect(f.severity).toBe('error');
      expect(f.source).toMatchObject({ line: 1, endLine: 1 });
      expect(f.message).toContain(f.source!.path);
      expect(f.message).not.toContain('\n');
    }
    // The readable versions were grouped, compared with each other, and checked alone.
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].members.sort()).toEqual([enB, fr].sort());
    expect(report.findings.some((f) => [f.source?.path, f.target?.path].sort().join() === [enB, fr].sort().join())).toBe(true);
    expect(report.findings.some((f) => f.rule === 'duplicate' && f.source?.path === fr)).toBe(true);
    expect(report.summary.error).toBeGreaterThanOrEqual(3);
  });

  it('a corpus with nothing readable still reports each file', async () => {
    const report = await checkCorpus([], [{ path: 'a.pdf', message: 'a.pdf: binary file' }]);
    expect(report.groups).toEqual([]);
    expect(report.findings).toMatchObject([{ rule: 'input', severity: 'error', message: 'a.pdf: binary file' }]);
  });
});
