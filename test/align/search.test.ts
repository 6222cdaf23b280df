import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/index.js';
import { checkCoverage } from './helpers.js';

/** Pairs of lines the bitext was made with: source lines, target lines. */
type Pair = [number[], number[]];

/**
 * A made-up bitext like a real one to the aligner: two "languages" with no word in common (a
 * source word and its translation share no prefix), a quarter of the words left untranslated, a
 * figure shared by one line in ten, one sentence in ten merged into the line before and one in ten
 * split in two. Few shared features, as in real text: the case where the coarse pass went astray.
 */
function bitext(n: number): { source: string[]; target: string[]; pairs: Pair[] } {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const vocabulary = 5000;
  const source: string[] = [];
  const target: string[] = [];
  const pairs: Pair[] = [];
  for (let k = 0; k < n; k++) {
    const ids = Array.from({ length: 4 + Math.floor(rnd() * 20) }, () => Math.floor(rnd() ** 3 * vocabulary));
    const s = ids.map((x) => 'ka' + x.toString(36));
    const t = ids.filter(() => rnd() > 0.25).map((x) => 'vo' + ((x * 7919) % vocabulary).toString(36) + 'x');
    if (rnd() < 0.1) {
      const figure = String(1000 + Math.floor(rnd() * 9000));
      s.push(figure);
      t.splice(1, 0, figure);
    }
    source.push(s.join(' ') + '.');
    const r = rnd();
    const last = pairs[pairs.length - 1];
    if (r < 0.1 && last && last[0].length === 1 && last[1].length === 1) {
      target[target.length - 1] += ' ' + t.join(' ') + '.';
      last[0].push(k);
    } else if (r < 0.2 && t.length > 4) {
      const h = Math.floor(t.length / 2);
      target.push(t.slice(0, h).join(' ') + '.', t.slice(h).join(' ') + '.');
      pairs.push([[k], [target.length - 2, target.length - 1]]);
    } else {
      target.push(t.join(' ') + '.');
      pairs.push([[k], [target.length - 1]]);
    }
  }
  return { source, target, pairs };
}

/** The bitext with `count` target lines dropped from `at`, and its pairs renumbered. */
function withDrop(n: number, at: number, count: number): { source: string[]; target: string[]; gold: Set<string> } {
  const { source, target, pairs } = bitext(n);
  const kept = (j: number): boolean => j < at || j >= at + count;
  const moved = (j: number): number => (j < at ? j : j - count);
  const gold = new Set(pairs.map(([s, t]) => `${s.join(',')}:${t.filter(kept).map(moved).join(',')}`));
  return { source, target: target.filter((_, j) => kept(j)), gold };
}

const key = (b: { source: readonly number[]; target: readonly number[] }): string => `${b.source.join(',')}:${b.target.join(',')}`;

// 1500 × 1400 lines: far over the full search's 160,000 cells, so the coarse pass places the band.
const N = 1500;
const AT = 1200;
const { source, target, gold } = withDrop(N, AT, 3);

/** Beads in the gold among those whose first source line is in [from, to). */
function missed(beads: ReadonlyArray<{ source: readonly number[]; target: readonly number[] }>, from: number, to: number): string[] {
  return beads.filter((b) => b.source.length > 0 && b.source[0] >= from && b.source[0] < to && !gold.has(key(b))).map(key);
}

describe('coarse-to-fine search on a large bitext with lines dropped', () => {
  it('aligns a bitext too large for the full search about as the gold says, and recovers after the drop', () => {
    const beads = alignTexts(source, target);
    checkCoverage(beads, source.length, target.length);
    const found = beads.filter((b) => gold.has(key(b))).length;
    // The full search finds 1364 of these 1397 beads; the coarse pass as it was, 1317.
    expect(found / gold.size).toBeGreaterThan(0.96);
    // After the dropped lines the path returns to the right pairs: the band placed by the coarse
    // path used to run 30 lines astray here (source lines 1283 to 1314 paired with wrong lines).
    expect(missed(beads, AT - 20, AT + 200).length).toBeLessThanOrEqual(8);
  });

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fbcoop-band-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('align --segmentation lines --format beads recovers after the drop too', () => {
      writeFileSync(join(dir, 'a.txt'), source.join('\n') + '\n');
      writeFileSync(join(dir, 'b.txt'), target.join('\n') + '\n');
      const bin = resolve(import.meta.dirname, '../../bin/fbcoop.js');
      const r = spawnSync(process.execPath, [bin, 'align', join(dir, 'a.txt'), join(dir, 'b.txt'), '--segmentation', 'lines', '--format', 'beads'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      // `[source ids]:[target ids]:score`, one bead a line.
      const beads = r.stdout
        .trim()
        .split('\n')
        .map((line) => {
          const m = /^\[([\d, ]*)\]:\[([\d, ]*)\]:([\d.]+)$/.exec(line);
          const ids = (x: string): number[] => (x.trim() === '' ? [] : x.split(',').map(Number));
          return { source: ids(m?.[1] ?? ''), target: ids(m?.[2] ?? ''), score: Number(m?.[3]), sure: true };
        });
      checkCoverage(beads, source.length, target.length);
      expect(missed(beads, AT - 20, AT + 200).length).toBeLessThanOrEqual(8);
    });
  });
});
