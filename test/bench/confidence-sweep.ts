/**
 * The sure flag's constants against the Text+Berg dev set (the only set they are chosen on):
 * `npx tsx test/bench/confidence-sweep.ts [goldDir]`. Aligns dev once per setting and prints the
 * share of all beads sure and the share of sure beads right (strict: the gold has exactly the bead),
 * varying one constant of `CONFIDENCE` at a time from the chosen setting, and bead posteriors in
 * place of the margins (align/posterior.ts). `--curve`: the trade-off curves (the margins, the
 * chosen tests with stricter margins, the posteriors with the length tests) on every gold set (the
 * test sets are reported, not chosen on).
 */
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { alignTexts } from '../../src/align/index.js';
import { CONFIDENCE } from '../../src/align/tuning.js';
import { SETS, type GoldFile } from './align.js';

type Setting = Partial<typeof CONFIDENCE>;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const goldDir = args.find((a) => !a.startsWith('--')) ?? resolve(here, '../../../shared/gold');
const chosen = { ...CONFIDENCE };
/** The margin alone, as before the other tests. */
const MARGIN_ONLY: Setting = { strictMargin: 0, skipMargin: 0, boundaryDeviation: Infinity };
/** Bead posteriors at least `p` (temperature `t`) in place of the two margins, with the length tests. */
const POSTERIOR = (p: number, t = 0.5): Setting => ({ surePosterior: p, temperature: t, sureMargin: 0, strictMargin: 0 });

function rate(files: GoldFile[], languages: [string, string], setting: Setting): string {
  Object.assign(CONFIDENCE, chosen, setting);
  let beads = 0;
  let sure = 0;
  let right = 0;
  for (const f of files) {
    const gold = new Set(f.gold.map((b) => `${b[0].join(',')}:${b[1].join(',')}`));
    for (const b of alignTexts(f.source, f.target, { sourceLanguage: languages[0], targetLanguage: languages[1] })) {
      beads++;
      if (!b.sure) continue;
      sure++;
      if (gold.has(`${b.source.join(',')}:${b.target.join(',')}`)) right++;
    }
  }
  Object.assign(CONFIDENCE, chosen);
  return `${(sure / beads).toFixed(3)} / ${(right / Math.max(1, sure)).toFixed(3)}`;
}

const settings: Array<[string, Setting]> = [
  ['chosen', {}],
  ...[1, 1.5, 2, 2.5].map((x): [string, Setting] => [`margin alone ${x}`, { ...MARGIN_ONLY, sureMargin: x }]),
  ...[0, 0.25, 0.75, 1, 1.5].map((x): [string, Setting] => [`strictMargin ${x}`, { strictMargin: x }]),
  ...[0, 1, 3].map((x): [string, Setting] => [`skipMargin ${x}`, { skipMargin: x }]),
  ...[Infinity, 3, 1.5].map((x): [string, Setting] => [`boundaryDeviation ${x}`, { boundaryDeviation: x }]),
  ...[1, 2].map((x): [string, Setting] => [`neighbourDeviation ${x}`, { neighbourDeviation: x }]),
  ['length tests only', { strictMargin: 0 }],
  ...[0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95].map((x): [string, Setting] => [`posterior ${x}`, POSTERIOR(x)]),
  ...[[0.4, 0.95], [0.6, 0.75], [0.75, 0.7], [1, 0.5]].map(([t, p]): [string, Setting] => [`posterior ${p}, T ${t}`, POSTERIOR(p, t)]),
  ...[2, 4].map((x): [string, Setting] => [`posterior 0.8, band ${x}`, { ...POSTERIOR(0.8), band: x }]),
  ['posterior 0.8, no length tests', { ...POSTERIOR(0.8), skipMargin: 0, boundaryDeviation: Infinity }],
  ['posterior 0.8 and margins', { surePosterior: 0.8 }],
];

/** The trade-off curves: the margin alone, the chosen tests with stricter margins, the posteriors with the length tests. */
const CURVE: Array<[string, Setting]> = [
  ...[1, 1.5, 2, 2.5].map((x): [string, Setting] => [`margin alone ${x}`, { ...MARGIN_ONLY, sureMargin: x }]),
  ['chosen', {}],
  ...[1, 1.5, 2].map((x): [string, Setting] => [`chosen, strictMargin ${x}`, { strictMargin: x }]),
  ...[0.6, 0.7, 0.8, 0.9, 0.95].map((x): [string, Setting] => [`posterior ${x}`, POSTERIOR(x)]),
];
const curve = args.includes('--curve');
const sets = curve ? SETS : SETS.filter((s) => s.name.includes('dev'));
for (const set of sets) {
  const dir = join(goldDir, set.dir);
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} not found`);
    continue;
  }
  const files = set.load(dir);
  console.log(`\n${set.name}: beads sure / sure beads right`);
  for (const [name, setting] of curve ? CURVE : settings) console.log(`  ${name.padEnd(32)} ${rate(files, set.languages, setting)}`);
}
