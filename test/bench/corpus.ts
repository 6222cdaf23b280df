/**
 * Corpus-mode bench: the seed corpus, then a synthetic corpus of 1,000
 * documents (20 texts × 50 versions) with planted divergences, checked with
 * `checkCorpus` on worker threads: time, peak memory, planted divergences found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCorpus, type CorpusReport } from '../../src/corpus/index.js';
import { readDocument } from '../../src/ingest/index.js';
import type { Location } from '../../src/types.js';
import { makeSyntheticCorpus, type Planted } from './synthetic-corpus.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'fixtures/corpus');
/** Runs of the command line on the seed corpus (wall times vary from run to run). */
const CLI_RUNS = 11;

/** Wall times of `fbcoop check fixtures/corpus` as a user runs it: a fresh process each time (built CLI). */
function cliTimes(): number[] | undefined {
  const bin = join(ROOT, 'bin/fbcoop.js');
  if (!existsSync(join(ROOT, 'dist/bundle'))) return undefined;
  const times: number[] = [];
  for (let k = 0; k < CLI_RUNS; k++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [bin, 'check', 'fixtures/corpus', '-q'], { cwd: ROOT, stdio: 'ignore' });
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b);
}
// A dropped paragraph is reported at the place it would be: the end of the segment before it,
// which may start a line or two before the planted range.
const DROP_SLACK = 2;

/** Whether the report has a finding of the planted rule at the planted place. */
function found(report: CorpusReport, p: Planted): boolean {
  const slack = p.kind === 'paragraph' ? DROP_SLACK : 0;
  return report.findings.some(
    (f) =>
      f.rule === p.rule &&
      [f.source, f.target, ...(f.versions ?? [])].some((l: Location | undefined) => !!l && l.path === p.path && l.line <= p.endLine + slack && l.endLine >= p.line - slack),
  );
}

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** Run the corpus bench and return its Markdown section. */
export async function benchCorpus(): Promise<string> {
  const out: string[] = [];
  const workers = availableParallelism();

  const seedPaths = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
  let t0 = performance.now();
  const seedReport = await checkCorpus(seedPaths.map((p) => readDocument(p)), []);
  const seedMs = performance.now() - t0;
  out.push(`- seed corpus (${seedPaths.length} files, ${seedReport.groups.length} groups): ${seedMs.toFixed(0)} ms in-process, ${seedReport.findings.length} findings`);
  const times = cliTimes();
  if (times) {
    const median = times[Math.floor(times.length / 2)];
    out.push(`- \`npx fbcoop check fixtures/corpus\`, ${times.length} fresh processes: median ${median.toFixed(2)} s wall (fastest ${times[0].toFixed(2)} s, slowest ${times.at(-1)!.toFixed(2)} s)`);
  } else out.push('- `fbcoop check fixtures/corpus` as a command: skipped (run `npm run build` first)');

  const dir = mkdtempSync(join(tmpdir(), 'fbcoop-bench-corpus-'));
  try {
    const { paths, planted } = makeSyntheticCorpus(dir);
    t0 = performance.now();
    const documents = paths.map((p) => readDocument(p));
    const readMs = performance.now() - t0;
    let lastProgress = 0;
    const report = await checkCorpus(documents, [], { workers, onProgress: (done, total) => (lastProgress = done / total) });
    const totalMs = performance.now() - t0;
    const rss = process.resourceUsage().maxRSS;
    const byKind = new Map<string, [number, number]>();
    const missed: Planted[] = [];
    for (const p of planted) {
      const ok = found(report, p);
      const k = byKind.get(p.kind) ?? [0, 0];
      byKind.set(p.kind, [k[0] + (ok ? 1 : 0), k[1] + 1]);
      if (!ok) missed.push(p);
    }
    const hit = planted.length - missed.length;
    const texts = new Set(paths.map((p) => p.slice(dir.length + 1).split('/')[0])).size;
    out.push(
      `- synthetic corpus: ${paths.length} documents (${texts} texts), grouped into ${report.groups.length} groups ` +
        `(largest ${Math.max(...report.groups.map((g) => g.members.length))}); ${workers} worker threads`,
      `- time: ${(totalMs / 1000).toFixed(1)} s (reading ${(readMs / 1000).toFixed(1)} s); peak RSS ${mb(rss)}; progress reached ${(lastProgress * 100).toFixed(0)}%`,
      `- planted divergences found: ${hit}/${planted.length} (${[...byKind].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')})`,
      `- findings: ${report.findings.length} (error ${report.summary.error}, warning ${report.summary.warning}, info ${report.summary.info})`,
    );
    if (missed.length) out.push(`- first missed: ${missed.slice(0, 5).map((p) => `${p.kind} ${p.path.slice(dir.length + 1)}:${p.line}`).join('; ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out.join('\n');
}
