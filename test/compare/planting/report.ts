/**
 * Detection rates of the planted divergences, per kind, and the false alarms:
 * `npx tsx test/compare/planting/report.ts [cap] [--misses]` (cap: most plants per kind and pair, default all).
 */
import { FIXTURE_PAIRS, SEED_PAIRS } from './pairs.js';
import { KINDS } from './plants.js';
import { runPair, tally, type PairOutcome } from './run.js';

const args = process.argv.slice(2);
const cap = Number(args.find((a) => /^\d+$/.test(a)) ?? Infinity);
const misses = args.includes('--misses');
const started = performance.now();
const results: PairOutcome[] = [...FIXTURE_PAIRS, ...SEED_PAIRS].map((p) => runPair(p, cap));
const totals = tally(results);
console.log('kind                 planted  found  rate   collateral errors');
let planted = 0;
let found = 0;
let collateral = 0;
for (const kind of KINDS) {
  const t = totals.get(kind) ?? { planted: 0, found: 0, collateral: 0 };
  planted += t.planted; found += t.found; collateral += t.collateral;
  const rate = t.planted ? `${((100 * t.found) / t.planted).toFixed(0)}%` : '-';
  console.log(`${kind.padEnd(20)} ${String(t.planted).padStart(7)} ${String(t.found).padStart(6)} ${rate.padStart(5)} ${String(t.collateral).padStart(8)}`);
}
console.log(`${'all'.padEnd(20)} ${String(planted).padStart(7)} ${String(found).padStart(6)} ${`${((100 * found) / planted).toFixed(1)}%`.padStart(5)} ${String(collateral).padStart(8)}`);
console.log('\nunmodified pairs, findings at warning or error:');
for (const r of results) {
  const loud = r.base.findings.filter((f) => f.severity !== 'info');
  const errors = loud.filter((f) => f.severity === 'error').length;
  console.log(`  ${r.pair}: ${errors} errors, ${loud.length - errors} warnings`);
  for (const f of loud) console.log(`      ${f.severity} ${f.rule} ${f.source?.line ?? '-'}/${f.target?.line ?? '-'} ${f.message.slice(0, 110)}`);
}
if (misses) {
  console.log('\nmissed plants:');
  for (const r of results) {
    for (const o of r.outcomes) {
      if (o.found) continue;
      console.log(`  [${o.plant.kind}/${o.plant.variant}] ${r.pair}: ${o.plant.describe} src ${JSON.stringify(o.plant.source)}`);
      const near = o.findings.filter((f) => (f.target && f.target.line <= o.plant.region[1] + 1 && o.plant.region[0] - 1 <= f.target.endLine) || (f.source && (o.plant.source ?? []).some(([a, b]) => f.source!.line <= b && a <= f.source!.endLine)));
      for (const f of near) console.log(`      got ${f.severity} ${f.rule} ${f.source?.line ?? '-'}/${f.target?.line ?? '-'} ${f.message.slice(0, 100)}`);
    }
  }
  console.log('\ncollateral errors:');
  for (const r of results) for (const o of r.outcomes) for (const f of o.collateral) console.log(`  [${o.plant.kind}] ${r.pair}: ${o.plant.describe} → ${f.rule} ${f.source?.line ?? '-'}/${f.target?.line ?? '-'} ${f.message.slice(0, 100)}`);
}
console.log(`\n${results.reduce((n, r) => n + r.outcomes.length, 0)} plants in ${((performance.now() - started) / 1000).toFixed(1)} s`);
