/** `align A B C…`: three versions at once, pivoting on the first, in text and TSV. */
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED } from '../helpers/cli.js';

describe('align with three versions', () => {
  it('text: one column per version, the 2018/2017 passage on one row', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, SEED.enB], { env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^pivot: .*_fr\.txt \(fr, \d+ segments\)\nv2: .*_en-a\.txt/);
    expect(r.stdout).toMatch(/│ pivot \(fr\)\s+│ v2 \(en\)\s+│ v3 \(en\)\s+│ score/);
  });

  it('TSV: a header, each version’s text and lines, the score and the sure flag', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, SEED.enB, '--format', 'tsv']);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split('\n');
    expect(head).toBe('text1\tlines1\ttext2\tlines2\ttext3\tlines3\tscore\tsure');
    const row = rows.map((x) => x.split('\t')).find((c) => c[0].includes('27 février 2018'));
    expect(row?.[2]).toContain('27 February 2018');
    expect(row?.[4]).toContain('27 February 2017');
    expect(rows.every((x) => x.split('\t').length === 8)).toBe(true);
  });

  it('a two-document format with three documents is a usage error', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, SEED.enB, '--format', 'tmx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fbcoop: --format tmx takes two documents; with three or more use text, tsv, html\n');
    expect(r.stdout).toBe('');
  });
});
