/**
 * Segmenting speed and memory: the seed documents repeated to about 50 MB, cut with
 * `segment()` (sentence granularity, then clause), with peak resident memory sampled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { segment } from '../../src/segment/index.js';
import { computeLineStarts } from '../../src/position.js';
import type { Document, Granularity } from '../../src/types.js';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/corpus');
/** Target input size: the "50 MB text". */
const TARGET_CHARS = 50 * 1024 * 1024;
/** How often peak memory is sampled while a run is in progress. */
const SAMPLE_MS = 20;

/** Build the ~50 MB text, segment it, and return a Markdown table of the figures. */
export async function benchSegment(): Promise<string> {
  const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const unit = seeds.join('\n\n');
  const parts: string[] = [];
  let size = 0;
  while (size < TARGET_CHARS) { parts.push(unit); size += unit.length + 2; }
  const value = parts.join('\n\n');
  parts.length = 0;
  const rows: string[] = ['| mode | input | segments | time | CPU time | segments/s | peak RSS |', '|---|---|---|---|---|---|---|'];
  // A collection between rows, so that each row's peak is mostly its own (RSS rarely shrinks by itself).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (const [label, granularity, segmentation] of [
    ['lines', 'sentence', 'lines'], ['auto, sentence', 'sentence', 'auto'], ['auto, clause', 'clause', 'auto'],
  ] as const) {
    gc();
    const document: Document = { path: 'bench.txt', value, encoding: 'utf-8', lineStarts: computeLineStarts(value), notes: [] };
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, SAMPLE_MS);
    // segment() is synchronous: yield once so the sampler starts, then sample again around the call.
    await new Promise((r) => setTimeout(r, SAMPLE_MS));
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const result = segment(document, { granularity: granularity as Granularity, segmentation });
    const ms = performance.now() - t0;
    // CPU time too: on a busy machine wall time mostly measures the wait for a core.
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    peak = Math.max(peak, process.memoryUsage().rss);
    clearInterval(timer);
    const n = result.segments.length;
    rows.push(`| ${label} | ${(value.length / 1048576).toFixed(1)} M chars | ${n} | ${(ms / 1000).toFixed(2)} s | ${cpuSeconds.toFixed(2)} s | `
      + `${Math.round(n / (ms / 1000))} | ${Math.round(peak / 1048576)} MB |`);
  }
  // RSS never shrinks much within a process, so each row's peak includes the rows above it.
  return rows.join('\n') + '\n\n(peak RSS of the whole process, the input text included; memory is collected between rows)';
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(await benchSegment());
}
