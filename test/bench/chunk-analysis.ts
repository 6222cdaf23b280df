/**
 * Short documents, error analysis: a gold set aligned whole and in the bench's ~60-line chunks;
 * each chunk's beads compared with the gold and with the whole run's beads of the same lines.
 *
 *   npx tsx test/bench/chunk-analysis.ts [--set=0,1] [--verbose] [--lexicon=FILE] [--t.KEY=JSON] [goldDir]
 *
 * --set: indexes into SETS of test/bench/align.ts (default 0, Text+Berg dev: tune on it only).
 * --verbose: every gold bead that one run has and the other misses, with its lines.
 * --lexicon: a `source<TAB>target` word list, as `align --lexicon` takes it.
 * --t.KEY=JSON: override a TUNING constant (src/align/tuning.ts) for both runs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignTexts, parseLexicon } from '../../src/align/index.js';
import { TUNING } from '../../src/align/tuning.js';
import { chunkFile, SETS, type GoldFile } from './align.js';
import { scoreBeads, type IdBead } from './bead-scores.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const verbose = args.includes('--verbose');
for (const o of args.filter((a) => a.startsWith('--t.'))) {
  const at = o.indexOf('=');
  (TUNING as Record<string, unknown>)[o.slice(4, at)] = JSON.parse(o.slice(at + 1));
}
const lexiconFile = option('lexicon');
const lexicon = lexiconFile ? parseLexicon(readFileSync(lexiconFile, 'utf-8')) : undefined;
const goldDir = args.find((a) => !a.startsWith('--')) ?? resolve('../shared/gold');
const key = (b: IdBead): string => `${b[0].join(',')}:${b[1].join(',')}`;

for (const index of (option('set') ?? '0').split(',').map(Number)) {
  const set = SETS[index];
  const files: GoldFile[] = set.load(resolve(goldDir, set.dir));
  const [sourceLanguage, targetLanguage] = set.languages;
  const run = (f: { source: string[]; target: string[] }): IdBead[] =>
    alignTexts(f.source, f.target, { sourceLanguage, targetLanguage, lexicon }).map((b) => [b.source, b.target] as IdBead);
  const wholeTests = files.map(run);
  const whole = scoreBeads(files.map((f) => f.gold), wholeTests);
  const chunkGold: IdBead[][] = [];
  const chunkTests: IdBead[][] = [];
  let lost = 0;
  let lostNearEdge = 0;
  let gained = 0;
  const lostShapes = new Map<string, number>();
  files.forEach((f, fi) => {
    const wholeSet = new Set(wholeTests[fi].map(key));
    // Chunks are cut along gold beads that cover every line in order: each starts where the last ended.
    let s0 = 0;
    let t0 = 0;
    for (const c of chunkFile(f)) {
      const test = run(c);
      chunkGold.push(c.gold);
      chunkTests.push(test);
      const testSet = new Set(test.map(key));
      const shift = (b: IdBead): IdBead => [b[0].map((x) => x + s0), b[1].map((x) => x + t0)];
      for (const g of c.gold) {
        const inChunk = testSet.has(key(g));
        const inWhole = wholeSet.has(key(shift(g)));
        if (inChunk === inWhole) continue;
        const shape = `${g[0].length}-${g[1].length}`;
        if (inChunk) gained++;
        else {
          lost++;
          const at = g[0].length > 0 ? g[0][0] : -1;
          if (at >= 0 && (at < 3 || at > c.source.length - 4)) lostNearEdge++;
          lostShapes.set(shape, (lostShapes.get(shape) ?? 0) + 1);
        }
        if (!verbose) continue;
        const near = test.filter((b) => b[0].some((x) => g[0].includes(x)) || b[1].some((x) => g[1].includes(x)));
        console.log(`${inChunk ? '+' : '-'} gold ${shape} ${key(shift(g))}; chunk run: ${near.map((b) => key(shift(b))).join(' ')}`);
        for (const x of g[0]) console.log(`   S${x + s0}: ${c.source[x].slice(0, 140)}`);
        for (const x of g[1]) console.log(`   T${x + t0}: ${c.target[x].slice(0, 140)}`);
      }
      s0 += c.source.length;
      t0 += c.target.length;
    }
  });
  const chunked = scoreBeads(chunkGold, chunkTests);
  const shapes = [...lostShapes].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`${set.name}: whole ${whole.f1Strict.toFixed(4)}, ${chunkTests.length} chunks ${chunked.f1Strict.toFixed(4)}; gold beads the chunks miss and the whole run has: ${lost} (${lostNearEdge} within 3 lines of a chunk edge; ${shapes}), the reverse: ${gained}`);
}
