/**
 * Running the planted divergences: the unmodified pair once, then each plant,
 * and whether the right rule reported it at the right lines, and what else
 * the plant set off.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { align } from '../../../src/align/index.js';
import { compare } from '../../../src/compare/index.js';
import { decodeDocument } from '../../../src/ingest/index.js';
import { prepare } from '../../../src/pipeline.js';
import type { Document, Finding, Location, SegmentedDocument } from '../../../src/types.js';
import { applyEdits, plantsFor, type Base, type Kind, type Plant } from './plants.js';

const ROOT = resolve(import.meta.dirname, '../../../fixtures');

/** A source and a target file under `fixtures/`. */
export interface PairSpec {
  source: string;
  target: string;
}

/** What one plant gave. */
export interface Outcome {
  pair: string;
  plant: Plant;
  found: boolean;
  /** The findings of the planted pair, for messages. */
  findings: Finding[];
  /** New error-level findings away from the plant: false alarms it set off. */
  collateral: Finding[];
}

/** The outcome of one pair: the unmodified pair's findings and every plant's outcome. */
export interface PairOutcome {
  pair: string;
  base: Base;
  outcomes: Outcome[];
  /** Plants the target allowed before sampling, per kind. */
  available: Partial<Record<Kind, number>>;
}

function read(path: string, text?: string): Document {
  return decodeDocument(text !== undefined ? Buffer.from(text, 'utf8') : readFileSync(resolve(ROOT, path)), path);
}

function run(source: SegmentedDocument, target: Document): Base {
  const tgt = prepare(target);
  const beads = align(source, tgt, {});
  return { source, target: tgt, beads, findings: compare({ source, target: tgt, beads }) };
}

const overlaps = (l: Location | undefined, [a, b]: [number, number]) => l !== undefined && l.line <= b && a <= l.endLine;

/** Whether a finding reports the plant: its rule, the planted line of the target, the counterpart's lines in the source. */
export function reports(f: Finding, plant: Plant): boolean {
  if (!plant.rules.includes(f.rule)) return false;
  if (plant.targetLine !== undefined) {
    if (!f.target) return false;
    if (plant.exact ? f.target.line !== plant.targetLine : !overlaps(f.target, [plant.targetLine, plant.targetLine])) return false;
  }
  for (const range of plant.source ?? []) if (!overlaps(f.source, range)) return false;
  return true;
}

/**
 * Up to `cap` plants per kind, spread evenly over the sites (deterministic).
 * @param cap most plants per kind (Infinity for all)
 */
function sample(plants: Plant[], cap: number): Plant[] {
  const byKind = new Map<Kind, Plant[]>();
  for (const p of plants) {
    const list = byKind.get(p.kind) ?? [];
    list.push(p);
    byKind.set(p.kind, list);
  }
  const out: Plant[] = [];
  for (const list of byKind.values()) {
    if (list.length <= cap) { out.push(...list); continue; }
    for (let k = 0; k < cap; k++) out.push(list[Math.floor(((k + 0.5) * list.length) / cap)]);
  }
  return out;
}

/**
 * Plant every kind of divergence the target allows, one at a time, and check each.
 * @param cap most plants per kind for this pair
 */
export function runPair(spec: PairSpec, cap = Infinity): PairOutcome {
  const pair = `${spec.source} → ${spec.target}`;
  const source = prepare(read(spec.source));
  const target = read(spec.target);
  const base = run(source, target);
  const known = new Set(base.findings.map((f) => f.fingerprint));
  const all = plantsFor(base);
  const available: Partial<Record<Kind, number>> = {};
  for (const p of all) available[p.kind] = (available[p.kind] ?? 0) + 1;
  const outcomes = sample(all, cap).map((plant) => {
    const planted = run(source, read(spec.target, applyEdits(target.value, plant.edits)));
    const findings = planted.findings;
    const found = findings.some((f) => reports(f, plant));
    const near = (f: Finding) => overlaps(f.target, plant.region) || (plant.source ?? []).some((r) => overlaps(f.source, r));
    const collateral = findings.filter((f) => f.severity === 'error' && !known.has(f.fingerprint) && !near(f) && !reports(f, plant));
    return { pair, plant, found, findings, collateral };
  });
  return { pair, base, outcomes, available };
}

/**
 * Plants per kind and pair for a test run: `fallback`, or what `PLANT_CAP` says
 * (a number, or `all` for every site, as `report.ts` plants).
 */
export function plantCap(fallback: number): number {
  const env = process.env.PLANT_CAP;
  if (env === 'all') return Infinity;
  return env && /^\d+$/.test(env) ? Number(env) : fallback;
}

/** Per-kind totals over many pairs. */
export interface Tally {
  planted: number;
  found: number;
  collateral: number;
}

/** Sum up outcomes per kind. */
export function tally(results: readonly PairOutcome[]): Map<Kind, Tally> {
  const out = new Map<Kind, Tally>();
  for (const r of results) {
    for (const o of r.outcomes) {
      const t = out.get(o.plant.kind) ?? { planted: 0, found: 0, collateral: 0 };
      t.planted++;
      if (o.found) t.found++;
      t.collateral += o.collateral.length;
      out.set(o.plant.kind, t);
    }
  }
  return out;
}
