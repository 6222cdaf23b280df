/**
 * Speed and memory of the compare stage on synthetic documents: `compare` on
 * two aligned 10,000-segment documents (cross-language and same-language), the
 * whole `diff` of two 10,000-segment files, and the duplicate search on one
 * 100,000-segment document.
 */
import { checkDocument, compare } from '../../src/compare/index.js';
import { decodeDocument } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Alignment, SegmentedDocument } from '../../src/types.js';
import { makeAlignment, makeDoc } from '../compare/helpers.js';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const SYLLABLES = 'ka lo mi ne ru sa ti vo pe da gu ri zo be fa ho ju le mo ni'.split(' ');

/** A vocabulary of pronounceable pseudo-words, so synthetic sentences are as varied as real ones. */
function vocabulary(size: number, rnd: () => number): string[] {
  return Array.from({ length: size }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
}

/** A deterministic pseudo-random generator (LCG), so runs are comparable. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** Parallel fr/en sentences with dates, figures and names; every 50th English one has its year changed. */
function parallel(n: number): { fr: string[]; en: string[] } {
  const rnd = random(42);
  const frWords = vocabulary(5000, rnd);
  const enWords = vocabulary(5000, rnd);
  const fr: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 12 + Math.floor(rnd() * 25);
    // Zipf-like word choice: frequent words are shared widely, rare ones are not.
    const picks = Array.from({ length: len }, () => Math.floor(rnd() ** 3 * 5000));
    const pick = (words: string[]) => picks.map((k) => words[k]).join(' ');
    const day = 1 + (i % 28);
    const month = i % 12;
    const year = 2000 + (i % 20);
    const figure = 10 + ((i * 37) % 900);
    fr.push(`Le ${day} ${MONTHS_FR[month]} ${year}, ${pick(frWords)} ${figure} agents avec Jan Jambon.`);
    en.push(`On ${day} ${MONTHS_EN[month]} ${i % 50 === 0 ? year + 1 : year}, ${pick(enWords)} ${figure} officers with Jan Jambon.`);
  }
  return { fr, en };
}

/** Wall-clock and CPU time of a run (CPU time tells the cost apart from a busy machine). */
function measure<T>(run: () => T): { ms: number; cpu: number; result: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  return { ms: performance.now() - start, cpu: process.cpuUsage(cpu).user / 1000, result };
}

function row(name: string, m: { ms: number; cpu: number; result: unknown[] }): string {
  return `| ${name} | ${m.ms.toFixed(0)} ms | ${m.cpu.toFixed(0)} ms | ${m.result.length} | ${rss()} MB |`;
}

function oneToOne(source: SegmentedDocument, target: SegmentedDocument): Alignment {
  return makeAlignment(source, target);
}

/** Run the compare benchmarks. @returns a markdown table (time, findings, peak RSS) */
export async function benchCompare(): Promise<string> {
  const rows: string[] = [];
  const { fr, en } = parallel(10_000);
  const cross = oneToOne(makeDoc('fr', fr), makeDoc('en', en));
  const a = measure(() => compare(cross));
  rows.push(row('compare fr→en, 10,000 + 10,000 segments', a));
  // The whole `fbcoop diff`: read, segment, detect, align and compare two files of 10,000 paragraphs.
  const file = (lines: string[], path: string) => decodeDocument(Buffer.from(`${lines.join('\n\n')}\n`, 'utf8'), path);
  const d = measure(() => analyze(file(fr, 'fr.txt'), file(en, 'en.txt')).report.findings);
  rows.push(row('diff fr→en (read to report), 10,000 + 10,000 segments', d));
  const enB = en.map((s, i) => (i % 40 === 0 ? s.replace('officers', 'agents') : s));
  const same = oneToOne(makeDoc('en', en), makeDoc('en', enB));
  const b = measure(() => compare(same));
  rows.push(row('compare en→en, 10,000 + 10,000 segments', b));
  // 100,000 segments: every 1,000th repeats an earlier one with a word changed.
  const { en: many } = parallel(100_000);
  const big = many.map((s, i) => (i % 1000 === 999 ? many[i - 500].replace('with', 'alongside') : s));
  const doc = makeDoc('en', big);
  const c = measure(() => checkDocument(doc, 'source'));
  rows.push(row('duplicate search, 100,000 segments', c));
  return ['| run | wall time | CPU time | findings | peak RSS |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
}

function rss(): string {
  return (process.resourceUsage().maxRSS / 1024).toFixed(0);
}
