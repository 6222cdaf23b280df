/** Rows of a pivoted multi-version alignment: the smallest stretches no bead crosses. */
import { describe, expect, it } from 'vitest';
import { pivotRows } from '../../src/report/rows.js';
import { makeAlignment, makeDoc } from '../compare/helpers.js';

const pivot = makeDoc('fr', ['Un.', 'Deux.', 'Trois.', 'Quatre.']);
const a = makeDoc('en', ['One.', 'Two and three.', 'Four.']);
const b = makeDoc('en', ['One.', 'Extra.', 'Two.', 'Three.', 'Four.']);

describe('pivotRows', () => {
  it('with one alignment, a row per bead; a target-only bead is a row of its own', () => {
    const rows = pivotRows([makeAlignment(pivot, b, [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]], [[3], [4]]])]);
    expect(rows.map((r) => [r.pivot.segments, r.others[0].segments])).toEqual([[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]], [[3], [4]]]);
    expect(rows[1].pivot.sure).toBe(false);
  });

  it('with two, a merge in one version makes one row of the stretch in all', () => {
    const rows = pivotRows([
      makeAlignment(pivot, a, [[[0], [0]], [[1, 2], [1]], [[3], [2]]]),
      makeAlignment(pivot, b, [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]], [[3], [4]]]),
    ]);
    expect(rows.map((r) => [r.pivot.segments, ...r.others.map((c) => c.segments)])).toEqual([
      [[0], [0], [0]],
      [[], [], [1]],
      [[1, 2], [1], [2, 3]],
      [[3], [2], [4]],
    ]);
  });
});
