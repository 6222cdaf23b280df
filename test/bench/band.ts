/**
 * Coarse-to-fine search against the full search: strict F1 per gold set when every document is
 * aligned with the full DP, and when the coarse pass (search.ts: blocks of 4 segments, then a band
 * around the projected block path) is forced on it, one or more levels deep. Only large inputs take
 * that pass; the gold documents are small, so this is how its answers are measured.
 *
 *   npx tsx test/bench/band.ts [--set=0,1] [--levels=0,1,2] [--drops] [goldDir]
 *
 * --set: indexes into SETS of test/bench/align.ts (default all; tune on 0, Text+Berg dev, only).
 * --levels: coarse levels forced (0 = the full DP on every document).
 * --concat: also every document of the sets given concatenated into one bitext (distinct text of
 *   several thousand lines, languages mixed), aligned whole with 0 to 3 levels forced.
 * --drops: each document also with blocks of 1 to 9 lines dropped from one side (gold adjusted):
 *   the case where a coarse path leaves a whole block unpaired where the text lacks a line or two.
 */
import { resolve } from 'node:path';
import { alignTexts } from '../../src/align/index.js';
import { searchLimits } from '../../src/align/search.js';
import { SETS, type GoldFile } from './align.js';
import { scoreBeads, type IdBead } from './bead-scores.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const goldDir = args.find((a) => !a.startsWith('--')) ?? resolve('../shared/gold');
const sets = option('set')?.split(',').map(Number) ?? SETS.map((_, k) => k);
const levels = (option('levels') ?? '0,1,2').split(',').map(Number);
const drops = args.includes('--drops');
const concat = args.includes('--concat');
const defaultCells = searchLimits.fullCells;

/**
 * `file` with `count` lines from line `at` of one side removed, and the gold with them: a bead
 * that loses all its lines on that side pairs the other side's lines with nothing.
 */
export function dropLines(file: GoldFile, side: 0 | 1, at: number, count: number): GoldFile {
  const lines = side === 0 ? file.source : file.target;
  const kept = lines.filter((_, k) => k < at || k >= at + count);
  const move = (x: number): number => (x < at ? x : x - count);
  const gold = file.gold
    .map((b) => {
      const ids = b[side].filter((x) => x < at || x >= at + count).map(move);
      return (side === 0 ? [ids, b[1]] : [b[0], ids]) as IdBead;
    })
    .filter((b) => b[0].length + b[1].length > 0);
  return side === 0 ? { source: kept, target: file.target, gold } : { source: file.source, target: kept, gold };
}

/** The set's documents, and with --drops each one again with blocks dropped at a few places. */
function documents(setIndex: number): GoldFile[] {
  const set = SETS[setIndex];
  const files = set.load(resolve(goldDir, set.dir));
  if (!drops) return files;
  const out: GoldFile[] = [];
  for (const f of files) {
    let k = 0;
    for (const count of [1, 2, 3, 5, 9]) {
      for (const side of [0, 1] as const) {
        const n = side === 0 ? f.source.length : f.target.length;
        // Spread over the document, away from its ends.
        const at = Math.floor(((k++ % 7) + 1) * (n / 9));
        if (at + count < n) out.push(dropLines(f, side, at, count));
      }
    }
  }
  return out;
}

/** Strict F1 of documents with `level` coarse levels forced on each (0: the full DP). */
export function forcedF1(setIndex: number, files: GoldFile[], level: number): number {
  const [sourceLanguage, targetLanguage] = setIndex >= 0 ? SETS[setIndex].languages : [undefined, undefined];
  const tests = files.map((f) => {
    // The coarse grid after `level` levels has ceil(n / 4^level) · ceil(m / 4^level) cells: the full DP runs there.
    const f4 = 4 ** level;
    searchLimits.fullCells = level === 0 ? Infinity : Math.ceil(f.source.length / f4) * Math.ceil(f.target.length / f4);
    try {
      return alignTexts(f.source, f.target, { sourceLanguage, targetLanguage }).map((b) => [b.source, b.target] as IdBead);
    } finally {
      searchLimits.fullCells = defaultCells;
    }
  });
  return scoreBeads(files.map((f) => f.gold), tests).f1Strict;
}

const f3 = (x: number): string => x.toFixed(3).replace(/^0/, '');
console.log(`| set${drops ? ' (blocks dropped)' : ''} | ${levels.map((l) => (l === 0 ? 'full DP' : `coarse ×${l}`)).join(' | ')} |`);
console.log(`|---|${levels.map(() => '---|').join('')}`);
const all: GoldFile[] = [];
for (const k of sets) {
  const files = documents(k);
  all.push(...files);
  console.log(`| ${SETS[k].name} | ${levels.map((l) => f3(forcedF1(k, files, l))).join(' | ')} |`);
}
if (concat) {
  const one: GoldFile = { source: [], target: [], gold: [] };
  for (const f of all) {
    const s0 = one.source.length;
    const t0 = one.target.length;
    for (const [s, t] of f.gold) one.gold.push([s.map((x) => x + s0), t.map((x) => x + t0)]);
    one.source.push(...f.source);
    one.target.push(...f.target);
  }
  console.log(`| all of the above in one bitext (${one.source.length} lines) | ${levels.map((l) => f3(forcedF1(-1, [one], l))).join(' | ')} |`);
}
