import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc } from './helpers.js';

const opts = { severity: { 'text-change': 'off' as const, 'structure-mismatch': 'off' as const, 'number-mismatch': 'off' as const, 'date-mismatch': 'off' as const, 'name-mismatch': 'off' as const } };

describe('merge / split', () => {
  it('two source bullets rendered as one target bullet: warning naming both source lines (fr → en)', () => {
    const source = makeDoc('fr', [
      { text: 'Renforcer notre coordination contre le financement du terrorisme.', kind: 'item', section: '1.1' },
      { text: 'Lutter contre le trafic de biens culturels.', kind: 'item', section: '1.2' },
    ]);
    const target = makeDoc('en', [{ text: 'To reinforce co-ordination against terrorist financing and cultural goods trafficking.', kind: 'item', section: '1.1' }]);
    const findings = compare(makeAlignment(source, target, [[[0, 1], [0]]]), opts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'merge', severity: 'warning', source: { line: 1, endLine: 3 }, target: { line: 1 } });
    expect(findings[0].message).toContain('line 1 and line 3');
    expect(findings[0].message).toContain('list items');
  });

  it('one source sentence split into two target sentences (en → nl)', () => {
    const source = makeDoc('en', ['We met today and we agreed on a plan.']);
    const target = makeDoc('nl', ['We kwamen vandaag samen.', 'We werden het eens over een plan.']);
    const [f] = compare(makeAlignment(source, target, [[[0], [0, 1]]]), opts);
    expect(f.rule).toBe('split');
    expect(f.severity).toBe('info'); // sentences joined or split by a translator are style, not structure
  });

  it('same-language sentence merge is a warning', () => {
    const source = makeDoc('en', ['We met today.', 'We agreed on a plan.']);
    const target = makeDoc('en', ['We met today and agreed on a plan.']);
    const [f] = compare(makeAlignment(source, target, [[[0, 1], [0]]]), opts);
    expect(f).toMatchObject({ rule: 'merge', severity: 'warning' });
  });

  it('a repeated bullet left one-sided next to its repeat is a merge, not an omission (fr → en)', () => {
    const first = 'Soulignant la nécessité d’agir contre le financement du terrorisme, de nous accorder sur le renforcement de notre coordination.';
    const second = 'Soulignant la nécessité d’agir contre le financement du terrorisme, de nous accorder sur le renforcement de notre coordination et de notre coopération.';
    const source = makeDoc('fr', [{ text: first, kind: 'item' }, { text: second, kind: 'item' }]);
    const target = makeDoc('en', [{ text: 'Given the need to tackle terrorist financing, to reinforce our co-ordination and co-operation.', kind: 'item' }]);
    const findings = compare(makeAlignment(source, target, [[[0], []], [[1], [0]]]), { ...opts, severity: { ...opts.severity, duplicate: 'off' } });
    expect(findings.map((f) => f.rule)).toEqual(['merge']);
    expect(findings[0].message).toContain('lines 1 and 3');
    expect(compare(makeAlignment(source, target, [[[0], []], [[1], [0]]]), { severity: { ...opts.severity, duplicate: 'off', merge: 'off' } })).toEqual([]);
    // The merge is the merge check's own finding: switching omission off does not hide it.
    const withoutOmission = compare(makeAlignment(source, target, [[[0], []], [[1], [0]]]), { severity: { ...opts.severity, duplicate: 'off', omission: 'off' } });
    expect(withoutOmission.map((f) => f.rule)).toEqual(['merge']);
  });

  it('two source items kept as two sentences of one target item: a merge though every bead is 1:1 (fr → en)', () => {
    const source = makeDoc('fr', [
      { text: 'Les ministres se félicitent de la hausse des commissions rogatoires exécutées.', kind: 'item', section: '1.1' },
      { text: 'Ils conviennent de désigner un magistrat référent dans chaque parquet.', kind: 'item', section: '1.2' },
      { text: 'Ils saluent la signature d’un protocole.', kind: 'item', section: '1.3' },
    ]);
    const target = makeDoc('en', [
      { text: 'The Ministers welcome the increase in letters rogatory executed.', kind: 'sentence', section: '1.1' },
      { text: 'They agree to appoint a contact magistrate in each prosecutor’s office.', kind: 'sentence', section: '1.1' },
      { text: 'They welcome the signature of a protocol.', kind: 'item', section: '1.2' },
    ]);
    const findings = compare(makeAlignment(source, target), opts);
    expect(findings.map((f) => [f.rule, f.severity, f.source?.line, f.source?.endLine, f.target?.line])).toEqual([['merge', 'warning', 1, 3, 1]]);
    expect(findings[0].message).toBe('2 source list items (line 1 and line 3) are rendered as one target list item (line 1)');
    // The other way round it is a split.
    const [split] = compare(makeAlignment(target, source), opts);
    expect([split.rule, split.source?.line, split.target?.line, split.target?.endLine]).toEqual(['split', 1, 1, 3]);
  });

  it('items cut differently on each side (one straddling two) are no merge', () => {
    const source = makeDoc('en', [
      { text: 'First point, first sentence.', section: '1' }, { text: 'First point, second sentence.', section: '1' },
      { text: 'Second point, first sentence.', section: '2' }, { text: 'Second point, second sentence.', section: '2' },
    ]);
    const target = makeDoc('en', [
      { text: 'First point, first sentence.', kind: 'item', section: '1' },
      { text: 'First point, second sentence.', section: '2' }, { text: 'Second point, first sentence.', section: '2' },
      { text: 'Second point, second sentence.', kind: 'item', section: '3' },
    ]);
    expect(compare(makeAlignment(source, target), opts).filter((f) => f.rule === 'merge' || f.rule === 'split')).toEqual([]);
  });

  it('2:2 beads and 1:1 beads are neither', () => {
    const source = makeDoc('fr', ['Un.', 'Deux.', 'Trois.']);
    const target = makeDoc('en', ['One.', 'Two.', 'Three.']);
    expect(compare(makeAlignment(source, target, [[[0, 1], [0, 1]], [[2], [2]]]), opts)).toEqual([]);
  });
});
