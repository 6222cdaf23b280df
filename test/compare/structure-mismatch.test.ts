import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

const h = (text: string, section: string) => ({ text, kind: 'heading' as const, section });
const item = (text: string, section: string) => ({ text, kind: 'item' as const, section });

describe('structure-mismatch', () => {
  it('a different number of list items under a section (fr → en)', () => {
    const source = makeDoc('fr', [h('1- En matière de terrorisme', '1'), item('Premier point.', '1.1'), item('Deuxième point.', '1.2'), item('Troisième point.', '1.3')]);
    const target = makeDoc('en', [h('1. On terrorism', '1'), item('First point.', '1.1'), item('Second and third points.', '1.2')]);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[1], [1]], [[2, 3], [2]]]), only('structure-mismatch'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'structure-mismatch', severity: 'info', expected: '3', actual: '2', source: { segment: 's1' }, target: { segment: 's1' } });
  });

  it('a different number of headings (nl → en)', () => {
    const source = makeDoc('nl', [h('1. Terrorisme', '1'), 'Tekst.', h('2. Radicalisering', '2'), 'Meer tekst.']);
    const target = makeDoc('en', [h('1. Terrorism', '1'), 'Text.', 'More text.']);
    const findings = compare(makeAlignment(source, target, [[[0], [0]], [[1], [1]], [[2], []], [[3], [2]]]), only('structure-mismatch'));
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([['2', '1']]);
  });

  it('sections in a different order', () => {
    const source = makeDoc('en', [h('1. Terrorism', '1'), 'Text.', h('2. Radicalisation', '2'), 'More.']);
    const target = makeDoc('fr', [h('2. Terrorisme', '2'), 'Texte.', h('1. Radicalisation', '1'), 'Plus.']);
    const findings = compare(makeAlignment(source, target), only('structure-mismatch'));
    expect(findings).toHaveLength(2);
    expect(findings[0].message).toContain('section 1 of the source corresponds to section 2 of the target');
  });

  it('same structure: no finding', () => {
    const source = makeDoc('fr', [h('1- Terrorisme', '1'), item('Un.', '1.1'), item('Deux.', '1.2')]);
    const target = makeDoc('nl', [h('1. Terrorisme', '1'), item('Een.', '1.1'), item('Twee.', '1.2')]);
    expect(compare(makeAlignment(source, target), only('structure-mismatch'))).toEqual([]);
  });
});
