/**
 * Scale (issue 11): the built CLI on a 100,000- and a 1,000,000-line bitext
 * (`align --segmentation lines --format beads`), and `diff` of a 60 MB file against a 12 KB seed.
 * Each run is a child process that reports its own CPU time and peak memory
 * (test/helpers/usage.cjs): on a shared machine, wall time mostly measures the wait for a core.
 * Targets: 1M lines under 60 s and 2 GB, time per line within 1.3× of 100k; the diff under 2 GB.
 * Run alone: `npx tsx test/bench/scale.ts [goldDir] [--lines 100000,1000000] [--distinct]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBeads, scoreBeads, type IdBead } from './bead-scores.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/fbcoop.js');
const USAGE = join(ROOT, 'test/helpers/usage.cjs');
const SEEDS = join(ROOT, 'fixtures/corpus');

/** What one child run cost. */
interface Cost {
  code: number | null;
  wall: number;
  cpu: number;
  rssMb: number;
  stderr: string;
}

/** Run the built CLI with the usage preload. */
function runCli(args: string[], dir: string): Cost {
  const usageFile = join(dir, 'usage.json');
  rmSync(usageFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', USAGE, BIN, ...args], {
    env: { ...process.env, FBCOOP_USAGE_FILE: usageFile, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - t0) / 1000;
  const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMb: number }) : { cpuMs: NaN, maxRssMb: NaN };
  return { code: r.status, wall, cpu: usage.cpuMs / 1000, rssMb: usage.maxRssMb, stderr: r.stderr };
}

function lines(text: string): string[] {
  const out = text.split(/\r?\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A bitext of about `size` source lines, with its gold beads when it is built from a gold set. */
interface Bitext {
  source: string;
  target: string;
  sourceLines: number;
  targetLines: number;
  gold?: IdBead[];
  origin: string;
}

/**
 * A bitext of about `size` source lines: the Text+Berg test files repeated (cut at a gold bead, so
 * the gold beads, offset, are the answer), or synthetic sentences.
 */
function writeBitext(goldDir: string, size: number, dir: string, distinct = false): Bitext {
  const d = join(goldDir, 'textberg-de-fr');
  let src: string[] = [];
  let tgt: string[] = [];
  let gold: IdBead[] | undefined;
  let origin = 'Text+Berg de-fr test files repeated';
  if (existsSync(d)) {
    const files = [0, 1, 2, 3, 4, 5, 6].map((k) => ({
      source: lines(readFileSync(join(d, `test${k}.de`), 'utf8')),
      target: lines(readFileSync(join(d, `test${k}.fr`), 'utf8')),
      gold: parseBeads(readFileSync(join(d, `test${k}.defr`), 'utf8')),
    }));
    gold = [];
    // Repeated files share their lines, and so their whole-text features and much of the
    // vocabulary: with `distinct`, the lines of each gold bead get two code words of their own on
    // both sides (`mot17 wort4` for bead 4,017), as a real bitext's sentences carry names and figures.
    const code = (b: number): string => (distinct ? ` mot${b % 1000} wort${Math.floor(b / 1000) % 1000}` : '');
    for (let r = 0; src.length < size; r++) {
      const f = files[r % files.length];
      for (const [s, t] of f.gold) {
        if (src.length >= size) break;
        const b = gold.length;
        gold.push([s.map((i) => i - s[0] + src.length), t.map((j) => j - t[0] + tgt.length)]);
        for (const i of s) src.push(f.source[i] + code(b));
        for (const j of t) tgt.push(f.target[j] + code(b));
      }
    }
    if (distinct) origin += ', each gold bead’s lines made distinct by two code words on both sides';
  } else {
    origin = 'synthetic sentences (gold sets absent)';
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < size; k++) {
      const words = Array.from({ length: 5 + Math.floor(rnd() * 20) }, () => Math.floor(rnd() * 5000).toString(36));
      src.push(words.join(' '));
      tgt.push(words.map((w) => `${w}e`).join(' '));
    }
  }
  const source = join(dir, `bitext-${size}.de`);
  const target = join(dir, `bitext-${size}.fr`);
  writeFileSync(source, `${src.join('\n')}\n`);
  writeFileSync(target, `${tgt.join('\n')}\n`);
  return { source, target, sourceLines: src.length, targetLines: tgt.length, gold, origin };
}

/**
 * Run the scale benchmark.
 * @param goldDir folder of the gold sets (Text+Berg gives realistic sentences)
 * @param sizes bitext sizes in source lines
 * @param distinct make every line distinct (two code words appended), as a real bitext's are
 * @returns a Markdown report
 */
export function benchScale(goldDir: string, sizes: readonly number[] = [100_000, 1_000_000], distinct = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'fbcoop-scale-'));
  const out: string[] = [];
  try {
    out.push('### Align a bitext through the CLI (`align --segmentation lines --format beads`)', '');
    out.push('| lines (source) | target | exit | wall time | CPU time | peak RSS | CPU µs/line | strict F1 against the gold |', '|---|---|---|---|---|---|---|---|');
    const perLine = new Map<number, number>();
    let origin = '';
    for (const size of sizes) {
      const b = writeBitext(goldDir, size, dir, distinct);
      origin = b.origin;
      const beads = join(dir, 'beads.txt');
      const c = runCli(['align', b.source, b.target, '--segmentation', 'lines', '--format', 'beads', '-q', '-o', beads], dir);
      perLine.set(size, (c.cpu * 1e6) / size);
      // Speed means little if the pairs are wrong: the beads against the repeated files' gold.
      const f1 = b.gold && c.code === 0 ? scoreBeads([b.gold], [parseBeads(readFileSync(beads, 'utf8'))]).f1Strict.toFixed(3) : 'n/a';
      out.push(`| ${b.sourceLines} | ${b.targetLines} | ${c.code} | ${c.wall.toFixed(1)} s | ${c.cpu.toFixed(1)} s | ${c.rssMb.toFixed(0)} MiB | ${((c.cpu * 1e6) / size).toFixed(1)} | ${f1} |`);
      if (c.code !== 0) out.push('', `stderr: ${c.stderr.trim()}`);
      rmSync(b.source);
      rmSync(b.target);
    }
    if (perLine.has(100_000) && perLine.has(1_000_000)) {
      out.push('', `CPU time per line, 1M / 100k: ${((perLine.get(1_000_000) as number) / (perLine.get(100_000) as number)).toFixed(2)}× (target 1.3×); input: ${origin}`);
    }

    if (distinct) return [...out, '', `input: ${origin}`].join('\n');
    out.push('', '### `diff` of a 60 MB file against a 12 KB seed', '');
    const seed = readFileSync(join(SEEDS, '2018-06-11_val-duchesse-ii_en-a.txt'), 'utf8');
    const parts: string[] = [];
    let chars = 0;
    while (chars < 60 * 1024 * 1024) {
      parts.push(seed);
      chars += seed.length + 2;
    }
    const big = join(dir, 'big.txt');
    writeFileSync(big, parts.join('\n\n'));
    const small = join(SEEDS, '2018-06-11_val-duchesse-ii_fr.txt');
    const c = runCli(['diff', big, small, '--format', 'json', '-q', '-o', join(dir, 'diff.json')], dir);
    out.push('| input | exit | wall time | CPU time | peak RSS |', '|---|---|---|---|---|');
    out.push(`| ${(Buffer.byteLength(parts.join('\n\n')) / 1e6).toFixed(0)} MB vs ${(readFileSync(small).length / 1e3).toFixed(0)} KB | ${c.code} | ${c.wall.toFixed(1)} s | ${c.cpu.toFixed(1)} s | ${c.rssMb.toFixed(0)} MiB |`);
    if (c.code !== 0 && c.code !== 1) out.push('', `stderr: ${c.stderr.trim()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out.push('', '(CPU time is user + system of the child, the garbage collector\'s threads included; peak RSS is the child\'s own maximum, in MiB.)');
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--lines');
  const sizes = at >= 0 ? args[at + 1].split(',').map(Number) : undefined;
  if (at >= 0) args.splice(at, 2);
  const distinct = args.includes('--distinct');
  const rest = args.filter((a) => a !== '--distinct');
  console.log(benchScale(resolve(rest[0] ?? join(ROOT, '../shared/gold')), sizes, distinct));
}
