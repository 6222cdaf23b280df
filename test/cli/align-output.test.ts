/** What a translator gets from `align` on the command line: widths, TSV, the sure flag. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED } from '../helpers/cli.js';

// The table's lines (the header lines above it hold paths, which are as long as they are).
const width = (text: string) => Math.max(...text.split('\n').filter((l) => /^[│┌├└]/.test(l)).map((l) => [...l].length));

describe('align output', () => {
  it('piped, the side-by-side table follows COLUMNS when set, 100 columns otherwise', () => {
    const narrow = fbcoop(['align', SEED.fr, SEED.enA], { env: { COLUMNS: '72' } });
    expect(narrow.code).toBe(0);
    expect(width(narrow.stdout)).toBeLessThanOrEqual(72);
    const wide = fbcoop(['align', SEED.fr, SEED.enA], { env: { COLUMNS: '160' } });
    expect(width(wide.stdout)).toBeGreaterThan(100);
    const plain = fbcoop(['align', SEED.fr, SEED.enA]);
    expect(width(plain.stdout)).toBeLessThanOrEqual(100);
    expect(width(plain.stdout)).toBeGreaterThan(72);
  });

  it('marks the date that differs on both sides of its pair, and not the dates that agree', () => {
    const b = fbcoop(['align', SEED.fr, SEED.enB], { env: { COLUMNS: '200' } }).stdout;
    expect(b).toContain('[[27 February 2017]]');
    expect(b).toContain('février 2018]]');
    expect(b).not.toContain('[[29 May');
    // Translation A has the French date: nothing to mark there.
    const a = fbcoop(['align', SEED.fr, SEED.enA], { env: { COLUMNS: '200' } }).stdout;
    expect(a).not.toContain('[[27');
  });

  it('TSV has a header and each row leads back to both files’ lines', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'tsv']);
    expect(r.code).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split('\n');
    expect(head.split('\t')).toEqual(['source', 'target', 'score', 'sure', 'source_lines', 'target_lines']);
    const date = rows.map((row) => row.split('\t')).find((c) => c[1].includes('27 February 2017'));
    expect(date).toBeDefined();
    expect(date![4]).toMatch(/^\d+(-\d+)?$/);
    expect(date![5]).toMatch(/^\d+(-\d+)?$/);
    expect(['yes', 'no']).toContain(date![3]);
  });

  it('judges each segment’s language for the formats that read it, and pairs the same either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fbcoop-langs-'));
    const fr = join(dir, 'fr.txt');
    const en = join(dir, 'en.txt');
    // An English sentence left in the French, with a figure in words: the table reads it as 3.
    writeFileSync(fr, 'Le Conseil a adopté le règlement le 12 mars 2021 à Bruxelles.\nThe Commission will present three proposals by the end of the year in all member states.\n');
    writeFileSync(en, 'The Council adopted the regulation on 12 March 2021 in Brussels.\nThe Commission will present four proposals by the end of the year in all member states.\n');
    const json = JSON.parse(fbcoop(['align', fr, en, '--format', 'json']).stdout) as { source: { segments: Array<{ language: string }> }; beads: unknown[] };
    expect(json.source.segments.map((s) => s.language)).toEqual(['fr', 'en']);
    const table = fbcoop(['align', fr, en], { env: { COLUMNS: '200' } }).stdout;
    expect(table).toContain('[[three]]');
    expect(table).toContain('[[four]]');
    // TSV and beads show no segment language: the same pairs, without judging one.
    const beads = fbcoop(['align', fr, en, '--format', 'beads']).stdout.trim().split('\n');
    expect(beads).toHaveLength(json.beads.length);
    expect(fbcoop(['align', fr, en, '--format', 'tsv']).stdout.trim().split('\n')).toHaveLength(json.beads.length + 1);
  });

  it('marks as unsure the merged passages of translation B, and few of translation A’s pairs', () => {
    const b = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'json']);
    const beadsB = JSON.parse(b.stdout).beads as Array<{ source: number[]; target: number[]; sure: boolean }>;
    const unsureMerges = beadsB.filter((x) => !x.sure && x.source.length > 0 && x.target.length > 0 && x.source.length + x.target.length > 2);
    expect(unsureMerges.length).toBeGreaterThanOrEqual(3);
    const a = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'json']);
    const beadsA = JSON.parse(a.stdout).beads as Array<{ sure: boolean }>;
    expect(beadsA.filter((x) => !x.sure).length).toBeLessThan(5);
  });
});
