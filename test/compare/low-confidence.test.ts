import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc } from './helpers.js';

const source = makeDoc('fr', ['Réunion du 27 février 2018.', 'Plus de 200 combattants.', 'Une phrase en trop ici.', 'Avec 40 experts, le 3 mars.', 'Fin du texte, sans chiffre.']);
const target = makeDoc('en', ['Meeting of 27 February 2017.', 'Over 300 fighters.', 'With 40 experts, on 3 March.', 'End of the text, no figure.']);

describe('low-confidence', () => {
  it('unsure beads give one info finding for the region, and no value mismatches there', () => {
    const findings = compare(makeAlignment(source, target, [[[0], [0], 0.1], [[1], [1], 0.2], [[2], [], 0.05], [[3], [2], 0.1], [[4], [3]]]));
    // The one-sided bead between two unsure pairs belongs to the region; bead 3 shares its figure and date, so it is sure enough.
    expect(findings.map((f) => f.rule)).toEqual(['low-confidence', 'omission']);
    expect(findings[0]).toMatchObject({ severity: 'info', source: { line: 1, endLine: 3 }, target: { line: 1, endLine: 3 } });
    expect(findings[0].note).toContain('2 beads marked unsure');
  });

  it('a one-sided bead between two unsure pairs is part of the region', () => {
    const s = makeDoc('nl', ['Vergadering op 3 mei 2019.', 'Een zin zonder tegenhanger.', 'Met 12 deskundigen.']);
    const t = makeDoc('en', ['Meeting with 14 experts.', 'On 5 May 2019.']);
    const findings = compare(makeAlignment(s, t, [[[0], [0], 0.1], [[1], [], 0.05], [[2], [1], 0.1]]));
    expect(findings.map((f) => f.rule)).toEqual(['low-confidence']);
    expect(findings[0].source).toMatchObject({ line: 1, endLine: 5 });
  });

  it('the aligner\'s sure flag decides, not the score: sure beads are compared however low they score', () => {
    const findings = compare(makeAlignment(source, target, [[[0], [0], 0.1, true], [[1], [1], 0.1, true], [[2], [], 0.9], [[3], [2]], [[4], [3]]]));
    expect(findings.map((f) => f.rule)).toEqual(['date-mismatch', 'number-mismatch', 'omission']);
  });

  it('a low-score pair that shares a date or figure is still compared (a divergence lowers the score)', () => {
    const s = makeDoc('fr', ['En 2017, un groupe de travail a été créé; sa première réunion s’est tenue le 27 février 2018.']);
    const t = makeDoc('en', ['In 2017, a working group was set up.', 'Its first meeting was held on 27 February 2017.']);
    const findings = compare(makeAlignment(s, t, [[[0], [0, 1], 0.2]]));
    expect(findings.map((f) => f.rule)).toEqual(['split', 'date-mismatch']);
  });

  it('separate unsure regions are separate findings; a low-score omission next to sure pairs is an omission', () => {
    const findings = compare(makeAlignment(source, target, [[[0], [0], 0.1], [[1], [1], 0.9], [[2], [], 0.1], [[3], [2]], [[4], [3], 0.2]]));
    expect(findings.map((f) => f.rule)).toEqual(['low-confidence', 'number-mismatch', 'omission', 'low-confidence']);
  });
});
