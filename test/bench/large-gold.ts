/**
 * One alignment of a large bitext made of gold files repeated: CPU time, peak memory, and strict F1
 * against the gold of the copies (large inputs take the coarse pass; is their alignment as good as
 * a small one's?).
 *
 *   npx tsx test/bench/large-gold.ts [lines] [--dev] [--full] [goldDir]
 *
 * Default: the Text+Berg test files repeated, as the speed bench has them; --dev: the dev file
 * repeated (for tuning); --full: the full DP, whatever the size (slow: for a few thousand lines).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignTexts } from '../../src/align/index.js';
import { searchLimits } from '../../src/align/search.js';
import { parseBeads, scoreBeads, type IdBead } from './bead-scores.js';

const args = process.argv.slice(2);
if (args.includes('--full')) searchLimits.fullCells = Infinity;
const rest = args.filter((a) => !a.startsWith('--'));
const size = Number(rest[0] ?? 100_000);
const d = join(rest[1] ?? resolve('../shared/gold'), 'textberg-de-fr');
const lines = (p: string): string[] => readFileSync(p, 'utf-8').split(/\r?\n/).filter((_, k, a) => k < a.length - 1 || a[k] !== '');
// --dev: the dev file repeated (for tuning), else the test files as the speed bench has them.
const names = args.includes('--dev') ? ['dev'] : [0, 1, 2, 3, 4, 5, 6].map((k) => `test${k}`);
const files = names.map((name) => ({
  source: lines(join(d, `${name}.de`)),
  target: lines(join(d, `${name}.fr`)),
  gold: parseBeads(readFileSync(join(d, `${name}.defr`), 'utf-8')),
}));
const source: string[] = [];
const target: string[] = [];
// The gold of the repeated files, shifted to where each copy lies.
const gold: IdBead[] = [];
for (let r = 0; source.length < size; r++) {
  const f = files[r % files.length];
  const s0 = source.length;
  const t0 = target.length;
  for (const [s, t] of f.gold) gold.push([s.map((x) => x + s0), t.map((x) => x + t0)]);
  source.push(...f.source);
  target.push(...f.target);
}
const c0 = process.cpuUsage();
const beads = alignTexts(source, target, { sourceLanguage: 'de', targetLanguage: 'fr' });
const cpu = process.cpuUsage(c0);
const f1 = scoreBeads([gold], [beads.map((b) => [b.source, b.target] as IdBead)]).f1Strict;
console.log(`${source.length} lines: ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, strict F1 ${f1.toFixed(3)} against the gold of the files repeated`);
