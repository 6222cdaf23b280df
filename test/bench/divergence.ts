/**
 * Divergence benchmark: fbcoop's findings on labelled sentence pairs (REFreSD, Briakou & Carpuat 2020,
 * French–English Wikipedia sentences; a `label` equivalent / divergent and a `group`
 * no_meaning_difference / some_meaning_difference / unrelated per pair, one JSON object a line).
 *
 * Each pair runs through the library as `fbcoop diff` would run it (two in-memory documents, languages
 * detected), and a pair counts as flagged when it gets a finding at warning or above. Printed: the
 * false-alarm rate on equivalent pairs, recall on divergent pairs (some / unrelated apart), precision per
 * rule (share of the pairs a rule flags that are divergent), and the two-line baseline of the issue
 * ("length ratio outside [0.8, 1.4], or a digit string on one side only") beside it.
 *
 * Run alone: `npx tsx test/bench/divergence.ts [file.jsonl] [--cases]` (`--cases` lists the flagged
 * equivalent pairs and the missed divergent ones, for reading).
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/pipeline.js';
import { decodeDocument } from '../../src/ingest/index.js';
import type { Finding } from '../../src/types.js';

/** One labelled pair of the file. */
export interface LabelledPair {
  id: string;
  label: 'equivalent' | 'divergent';
  group: 'no_meaning_difference' | 'some_meaning_difference' | 'unrelated';
  src: string;
  tgt: string;
  marked_src?: string;
  marked_tgt?: string;
}

/** The baseline's accepted length ratio (source characters over target characters: French runs longer than English, and this reading gives the 12% false alarms). */
const BASELINE_RATIO: readonly [number, number] = [0.8, 1.4];

/** The two-line baseline: a length ratio outside the band, or a digit string on one side only. */
export function baselineFlags(src: string, tgt: string): boolean {
  const ratio = src.length / Math.max(1, tgt.length);
  if (ratio < BASELINE_RATIO[0] || ratio > BASELINE_RATIO[1]) return true;
  const digits = (s: string) => new Set(s.match(/\d+/g) ?? []);
  const a = digits(src);
  const b = digits(tgt);
  return [...a].some((d) => !b.has(d)) || [...b].some((d) => !a.has(d));
}

/** Read the pairs of a JSONL file. */
export function readPairs(path: string): LabelledPair[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LabelledPair);
}

/** The findings fbcoop reports on one pair, as `fbcoop diff src.txt tgt.txt` would (languages detected). */
export function pairFindings(pair: LabelledPair): Finding[] {
  const doc = (text: string, path: string) => decodeDocument(Buffer.from(`${text}\n`, 'utf8'), path);
  return analyze(doc(pair.src, 'fr.txt'), doc(pair.tgt, 'en.txt')).report.findings;
}

const flagging = (f: Finding) => f.severity !== 'info';
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

/** Per-pair outcome. */
interface Outcome {
  pair: LabelledPair;
  findings: Finding[];
  flagged: boolean;
  baseline: boolean;
}

/** Run the benchmark. @returns a markdown report (or a note when the file is absent) */
export async function benchDivergence(path: string, listCases = false): Promise<string> {
  if (!existsSync(path)) return `note: ${path} not found; divergence figures skipped`;
  const started = performance.now();
  const outcomes: Outcome[] = readPairs(path).map((pair) => {
    const findings = pairFindings(pair);
    return { pair, findings, flagged: findings.some(flagging), baseline: baselineFlags(pair.src, pair.tgt) };
  });
  const ms = performance.now() - started;
  const of = (pred: (o: Outcome) => boolean) => outcomes.filter(pred);
  const eq = of((o) => o.pair.label === 'equivalent');
  const some = of((o) => o.pair.group === 'some_meaning_difference');
  const unrelated = of((o) => o.pair.group === 'unrelated');
  const div = of((o) => o.pair.label === 'divergent');
  const count = (os: Outcome[], k: 'flagged' | 'baseline') => os.filter((o) => o[k]).length;
  const lines: string[] = [];
  lines.push(`${outcomes.length} pairs (${eq.length} equivalent, ${some.length} some difference, ${unrelated.length} unrelated) from ${path}, ${(ms / 1000).toFixed(1)} s`);
  lines.push('');
  lines.push('| | fbcoop (warning and above) | baseline (length ratio ∉ [0.8, 1.4] or digits on one side) |');
  lines.push('|---|---|---|');
  const row = (name: string, os: Outcome[]) => `| ${name} | ${pct(count(os, 'flagged'), os.length)} | ${pct(count(os, 'baseline'), os.length)} |`;
  lines.push(row('false alarms (equivalent pairs flagged)', eq));
  lines.push(row('recall, all divergent pairs', div));
  lines.push(row('recall, some meaning difference', some));
  lines.push(row('recall, unrelated', unrelated));
  const gap = (k: 'flagged' | 'baseline') => (count(div, k) / div.length - count(eq, k) / eq.length).toFixed(2);
  lines.push(`| recall − false alarms | ${gap('flagged')} | ${gap('baseline')} |`);
  lines.push('');
  lines.push('Per rule (pairs with a finding of the rule at warning or above; precision = share of them that are divergent):');
  lines.push('');
  lines.push('| rule | pairs flagged | on equivalent | on divergent | precision |');
  lines.push('|---|---|---|---|---|');
  const rules = [...new Set(outcomes.flatMap((o) => o.findings.filter(flagging).map((f) => f.rule)))].sort();
  for (const rule of rules) {
    const hit = of((o) => o.findings.some((f) => flagging(f) && f.rule === rule));
    const onEq = hit.filter((o) => o.pair.label === 'equivalent').length;
    lines.push(`| ${rule} | ${hit.length} | ${onEq} | ${hit.length - onEq} | ${pct(hit.length - onEq, hit.length)} |`);
  }
  if (listCases) {
    const show = (o: Outcome) => [
      `- ${o.pair.id} (${o.pair.group})`,
      `  fr: ${o.pair.marked_src ?? o.pair.src}`,
      `  en: ${o.pair.marked_tgt ?? o.pair.tgt}`,
      ...o.findings.map((f) => `  ${f.severity} ${f.rule}: ${f.message}`),
    ].join('\n');
    lines.push('', '### Equivalent pairs flagged', '', ...eq.filter((o) => o.flagged).map(show));
    lines.push('', '### Divergent pairs (some difference) missed', '', ...some.filter((o) => !o.flagged).map(show));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? new URL('../../../shared/divergence-dev/refresd-dev.jsonl', import.meta.url).pathname;
  console.log(await benchDivergence(file, args.includes('--cases')));
}
