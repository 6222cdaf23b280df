/**
 * Planted divergences in the fixtures written for planting (a nl/fr/en press
 * release, a hard-wrapped fr/en statement, en/nl minutes, and each against
 * itself): one divergence at a time, each must be reported by its rule at its
 * lines. The unmodified pairs are faithful translations and identical drafts:
 * they must raise nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectFound, expectNoCollateral } from './planting/expect.js';
import { FIXTURE_PAIRS } from './planting/pairs.js';
import { KINDS, type Kind } from './planting/plants.js';
import { plantCap, runPair, type PairOutcome } from './planting/run.js';

/** Plants per kind and pair (`PLANT_CAP=all` plants at every site): a spread over the formats, fast enough for every run. */
const CAP = plantCap(4);

/**
 * Kinds not every plant of which the rules can see. Where the aligner pairs
 * the neighbours of a dropped or merged item with each other (short numbered
 * items on consecutive lines, in the minutes), no comparison of its beads can
 * tell; nor can an acronym dropped from the only place a translation writes
 * it be told from one translated away. Everything else: every plant.
 */
const MIN_RATE: Partial<Record<Kind, number>> = { 'bullet-drop': 0.75, 'bullet-merge': 0.5, 'sentence-drop': 0.9, 'acronym-drop': 0.75, 'clause-drop': 0.4 };

describe('planted divergences in the planting fixtures', () => {
  let results: PairOutcome[] = [];
  beforeAll(() => {
    results = FIXTURE_PAIRS.map((p) => runPair(p, CAP));
  });

  it('the unmodified pairs raise no warning and no error', () => {
    const loud = results.flatMap((r) => r.base.findings.filter((f) => f.severity !== 'info').map((f) => `${r.pair}: ${f.rule} ${f.message}`));
    expect(loud).toEqual([]);
  });

  it.each(KINDS)('%s: found by its rule at the planted lines', (kind) => {
    const planted = expectFound(results, kind, MIN_RATE[kind] ?? 1);
    // Every kind is planted somewhere in these fixtures, so this test can fail.
    expect(planted).toBeGreaterThan(0);
  });

  it('no plant sets off an error elsewhere in the pair', () => {
    expectNoCollateral(results);
  });
});
