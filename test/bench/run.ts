/**
 * `npm run bench`: alignment quality on the public gold sets, divergence findings on
 * labelled pairs, and speed/memory of each stage.
 * Usage: npm run bench -- [--gold DIR] [--divergence FILE] [--only segment,align,compare,corpus,scale,omegat,divergence]
 * The gold sets default to ../shared/gold (or $FBCOOP_GOLD), the labelled pairs to
 * ../shared/divergence-dev/refresd-dev.jsonl (or $FBCOOP_DIVERGENCE); missing inputs are
 * skipped with a note, so the bench also runs in a user's clone.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSegment } from './segment.js';
import { benchAlign } from './align.js';
import { benchCompare } from './compare.js';
import { benchCorpus } from './corpus.js';
import { benchScale } from './scale.js';
import { benchOmegat } from './omegat.js';
import { benchDivergence } from './divergence.js';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { gold: { type: 'string' }, divergence: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: false,
});
const gold = resolve(values.gold ?? process.env.FBCOOP_GOLD ?? resolve(ROOT, '../shared/gold'));
const divergence = resolve(values.divergence ?? process.env.FBCOOP_DIVERGENCE ?? resolve(ROOT, '../shared/divergence-dev/refresd-dev.jsonl'));
const only = new Set((values.only ?? 'segment,align,compare,corpus,scale,omegat,divergence').split(','));

console.log(`# fbcoop bench (node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
if (!existsSync(gold)) console.log(`note: gold sets not found at ${gold}; quality figures skipped\n`);
const sections: [string, () => Promise<string>][] = [
  ['align', () => benchAlign(gold)],
  ['segment', () => benchSegment()],
  ['compare', () => benchCompare()],
  ['corpus', () => benchCorpus()],
  ['scale', async () => `${benchScale(gold)}\n\n${benchScale(gold, [1_000_000], true)}`],
  ['omegat', () => benchOmegat()],
  ['divergence', () => benchDivergence(divergence)],
];
for (const [name, bench] of sections) {
  if (!only.has(name)) continue;
  console.log(`## ${name}\n`);
  console.log(await bench());
  console.log('');
}
