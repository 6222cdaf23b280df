/**
 * Aligner benchmark: strict/lax bead P/R/F1 on the public gold sets (vecalign
 * score.py definitions) and speed on 1k/10k/100k-line bitexts.
 * Run alone: `npx tsx test/bench/align.ts [goldDir]` (default ../shared/gold).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignTexts } from '../../src/align/index.js';
import { parseBeads, scoreBeads, type IdBead } from './bead-scores.js';

/** One document of a gold set. */
export interface GoldFile {
  source: string[];
  target: string[];
  gold: IdBead[];
}

/** One line per segment; a final newline does not make a phantom segment. */
function lines(text: string): string[] {
  const out = text.split(/\r?\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

const read = (p: string, encoding = 'utf-8'): string => new TextDecoder(encoding).decode(readFileSync(p));

/** ParIce lines are `index<TAB>sentence`. */
const stripIndex = (ls: string[]): string[] => ls.map((l) => l.replace(/^\d+\t/, ''));

/** Gold sets: name, folder, loader. */
// Languages as the CLI would detect them (they matter for number words: `seize` ↔ `sixteen`).
export const SETS: ReadonlyArray<{ name: string; dir: string; languages: [string, string]; load: (dir: string) => GoldFile[] }> = [
  {
    name: 'Text+Berg de-fr dev (tuning)',
    dir: 'textberg-de-fr',
    languages: ['de', 'fr'],
    load: (d) => [{ source: lines(read(join(d, 'dev.de'))), target: lines(read(join(d, 'dev.fr'))), gold: parseBeads(read(join(d, 'dev.defr'))) }],
  },
  {
    name: 'Text+Berg de-fr test',
    dir: 'textberg-de-fr',
    languages: ['de', 'fr'],
    load: (d) =>
      [0, 1, 2, 3, 4, 5, 6].map((k) => ({
        source: lines(read(join(d, `test${k}.de`))),
        target: lines(read(join(d, `test${k}.fr`))),
        gold: parseBeads(read(join(d, `test${k}.defr`))),
      })),
  },
  {
    name: 'BAF citi1 fr-en',
    dir: 'baf-citi1-fr-en',
    languages: ['fr', 'en'],
    load: (d) => [{ source: lines(read(join(d, 'citi1.fr.txt'))), target: lines(read(join(d, 'citi1.en.txt'))), gold: parseBeads(read(join(d, 'gold', 'citi1.fr-en.ref'))) }],
  },
  {
    name: 'TransRead en-fr',
    dir: 'transread-en-fr',
    languages: ['en', 'fr'],
    load: (d) =>
      readdirSync(d)
        .filter((x) => x.endsWith('_EN-FR'))
        .sort()
        .map((x) => {
          const novel = x.replace(/_EN-FR$/, '');
          const base = join(d, x, novel);
          return { source: lines(read(`${base}.en.txt`)), target: lines(read(`${base}.fr.txt`)), gold: parseBeads(read(`${base}.en-fr.vecalign`)) };
        }),
  },
  {
    name: 'ParIce en-is',
    dir: 'parice-en-is',
    languages: ['en', 'is'],
    load: (d) =>
      readdirSync(join(d, 'gold'))
        .filter((x) => x.endsWith('.txt'))
        .sort()
        .map((x) => ({
          source: stripIndex(lines(read(join(d, 'eng', x)))),
          target: stripIndex(lines(read(join(d, 'isl', x)))),
          gold: parseBeads(read(join(d, 'gold', x))),
        })),
  },
  {
    name: 'hunalign dtm hu-en',
    dir: 'hunalign-dtm-en-hu',
    languages: ['hu', 'en'],
    load: (d) => [{ source: lines(read(join(d, 'hu.sen'), 'iso-8859-2')), target: lines(read(join(d, 'en.sen'), 'iso-8859-2')), gold: parseBeads(read(join(d, 'hand.vecalign'))) }],
  },
];

const f3 = (x: number): string => x.toFixed(3).replace(/^0/, '');

/** Lines per chunk: about the length of a communiqué. */
const CHUNK_LINES = 60;

/**
 * Cut a gold file into chunks of about CHUNK_LINES source lines along its gold beads, each with
 * its own lines and its beads renumbered: short documents, as fbcoop mostly meets them.
 */
export function chunkFile(file: GoldFile, size = CHUNK_LINES): GoldFile[] {
  const out: GoldFile[] = [];
  // Gold files list their beads in document order.
  const gold = file.gold;
  let beads: IdBead[] = [];
  const flush = () => {
    if (beads.length === 0) return;
    const s = beads.flatMap((b) => b[0]);
    const t = beads.flatMap((b) => b[1]);
    const s0 = s.length ? Math.min(...s) : 0;
    const t0 = t.length ? Math.min(...t) : 0;
    const s1 = s.length ? Math.max(...s) + 1 : s0;
    const t1 = t.length ? Math.max(...t) + 1 : t0;
    out.push({
      source: file.source.slice(s0, s1),
      target: file.target.slice(t0, t1),
      gold: beads.map((b) => [b[0].map((x) => x - s0), b[1].map((x) => x - t0)] as IdBead),
    });
    beads = [];
  };
  let lines = 0;
  for (const b of gold) {
    beads.push(b);
    lines += b[0].length;
    if (lines >= size) {
      flush();
      lines = 0;
    }
  }
  flush();
  return out.filter((c) => c.source.length > 0 && c.target.length > 0);
}

/** Strict F1 of a set cut into chunks. */
function chunkedF1(files: GoldFile[], [sourceLanguage, targetLanguage]: [string, string]): { f1: number; chunks: number } {
  const chunks = files.flatMap((f) => chunkFile(f));
  const tests = chunks.map((c) => alignTexts(c.source, c.target, { sourceLanguage, targetLanguage }).map((b) => [b.source, b.target] as IdBead));
  return { f1: scoreBeads(chunks.map((c) => c.gold), tests).f1Strict, chunks: chunks.length };
}

/** Align every file of a set and score it; also how well the sure flag predicts a bead in the gold. */
function runSet(files: GoldFile[], [sourceLanguage, targetLanguage]: [string, string]): { row: string; seconds: number; calibration: string; chunks: string } {
  const t0 = performance.now();
  const aligned = files.map((f) => alignTexts(f.source, f.target, { sourceLanguage, targetLanguage }));
  const seconds = (performance.now() - t0) / 1000;
  const tests = aligned.map((beads) => beads.map((b) => [b.source, b.target] as IdBead));
  const s = scoreBeads(files.map((f) => f.gold), tests);
  const row = `${f3(s.precisionStrict)} / ${f3(s.recallStrict)} / **${f3(s.f1Strict)}** | ${f3(s.precisionLax)} / ${f3(s.recallLax)} / ${f3(s.f1Lax)}`;
  const chunked = chunkedF1(files, [sourceLanguage, targetLanguage]);
  return { row, seconds, calibration: calibrate(files, aligned), chunks: `${f3(s.f1Strict)} | ${chunked.chunks} | ${f3(chunked.f1)} | ${chunked.f1 - s.f1Strict >= 0 ? '+' : '−'}${f3(Math.abs(chunked.f1 - s.f1Strict))}` };
}

/**
 * The sure flag against the gold: a bead is right when the gold has exactly it (strict).
 * @returns `sure beads | right | unsure beads | wrong` cells
 */
function calibrate(files: GoldFile[], aligned: ReadonlyArray<ReadonlyArray<{ source: number[]; target: number[]; sure: boolean }>>): string {
  const c = { sure: 0, sureRight: 0, unsure: 0, unsureWrong: 0 };
  files.forEach((f, k) => {
    const gold = new Set(f.gold.map((b) => `${b[0].join(',')}:${b[1].join(',')}`));
    for (const b of aligned[k]) {
      const right = gold.has(`${b.source.join(',')}:${b.target.join(',')}`);
      if (b.sure) {
        c.sure++;
        if (right) c.sureRight++;
      } else {
        c.unsure++;
        if (!right) c.unsureWrong++;
      }
    }
  });
  const share = (a: number, b: number): string => (b === 0 ? '–' : f3(a / b));
  return `${c.sure} of ${c.sure + c.unsure} | ${share(c.sureRight, c.sure)} | ${c.unsure} | ${share(c.unsureWrong, c.unsure)}`;
}

/** A bitext of about `size` lines: Text+Berg test files repeated, or synthetic text. */
function speedBitext(goldDir: string, size: number): { source: string[]; target: string[] } {
  const d = join(goldDir, 'textberg-de-fr');
  const src: string[] = [];
  const tgt: string[] = [];
  if (existsSync(d)) {
    const files = [0, 1, 2, 3, 4, 5, 6].map((k) => [lines(read(join(d, `test${k}.de`))), lines(read(join(d, `test${k}.fr`)))]);
    for (let r = 0; src.length < size; r++) {
      const [s, t] = files[r % files.length];
      src.push(...s);
      tgt.push(...t);
    }
  } else {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const word = (): string => Math.floor(rnd() * 5000).toString(36);
    for (let k = 0; k < size; k++) {
      const words = Array.from({ length: 5 + Math.floor(rnd() * 20) }, word);
      src.push(words.join(' '));
      tgt.push(words.map((w) => w + 'e').join(' '));
    }
  }
  return { source: src.slice(0, size), target: tgt.slice(0, Math.round((size * tgt.length) / Math.max(1, src.length))) };
}

/**
 * Run the benchmark.
 * @param goldDir folder holding the gold sets
 * @returns a markdown report
 */
export async function benchAlign(goldDir: string): Promise<string> {
  const out: string[] = [];
  out.push(`### Aligner quality (gold: ${goldDir}; strict/lax bead P/R/F1 as vecalign score.py, micro-averaged over files)`, '');
  out.push('| set | files | strict P / R / F1 | lax P / R / F1 | time |', '|---|---|---|---|---|');
  const notes: string[] = [];
  const calibration: string[] = [];
  const chunks: string[] = [];
  for (const set of SETS) {
    const dir = join(goldDir, set.dir);
    if (!existsSync(dir)) {
      notes.push(`skipped: ${dir} not found`);
      continue;
    }
    const files = set.load(dir);
    const result = runSet(files, set.languages);
    out.push(`| ${set.name} | ${files.length} | ${result.row} | ${result.seconds.toFixed(2)} s |`);
    calibration.push(`| ${set.name} | ${result.calibration} |`);
    chunks.push(`| ${set.name} | ${result.chunks} |`);
  }
  out.push('', ...notes);
  out.push('', '### The sure flag against the gold (strict: a bead is right when the gold has exactly it)', '');
  out.push('| set | beads sure | sure beads right | beads unsure | unsure beads wrong |', '|---|---|---|---|---|', ...calibration);
  out.push('', `### Short documents: strict F1 on chunks of about ${CHUNK_LINES} source lines cut along gold beads`, '');
  out.push('| set | whole documents | chunks | chunks F1 | difference |', '|---|---|---|---|---|', ...chunks);
  out.push('', '### Aligner speed (Text+Berg test files repeated)', '');
  out.push('| lines (source) | target | wall time | CPU time | lines/s | peak RSS (process) | µs/line |', '|---|---|---|---|---|---|---|');
  const perLine = new Map<number, number>();
  for (const size of [100, 1_000, 10_000, 100_000]) {
    const { source, target } = speedBitext(goldDir, size);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    alignTexts(source, target, { sourceLanguage: 'de', targetLanguage: 'fr' });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const rss = process.resourceUsage().maxRSS / 1024;
    perLine.set(size, (seconds * 1e6) / size);
    out.push(`| ${size} | ${target.length} | ${seconds.toFixed(2)} s | ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s | ${Math.round(size / seconds)} | ${rss.toFixed(0)} MB | ${((seconds * 1e6) / size).toFixed(1)} |`);
  }
  const ratio = (perLine.get(100_000) as number) / (perLine.get(10_000) as number);
  out.push('', `wall time per line, 100k / 10k: ${ratio.toFixed(2)}× (CPU time counts the garbage collector's threads too)`);
  return out.join('\n');
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === resolve(fileURLToPath(import.meta.url))) {
  const goldDir = process.argv[2] ?? resolve(here, '../../../shared/gold');
  benchAlign(goldDir).then((s) => console.log(s));
}
