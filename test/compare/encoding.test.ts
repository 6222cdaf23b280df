import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/compare/index.js';
import type { Repair } from '../../src/types.js';
import { makeDoc } from './helpers.js';

function repair(line: number, offset: number, from: string, to: string): Repair {
  return { kind: 'encoding', line, offset, from, to };
}

describe('encoding', () => {
  it('summarises many repairs of one kind into one finding with count, first lines and examples', () => {
    const repairs = Array.from({ length: 111 }, (_, i) => repair(i + 1, i * 10, i % 2 ? 'l?invitation' : 'aujourd?hui', i % 2 ? 'l’invitation' : 'aujourd’hui'));
    const doc = makeDoc('fr', Array.from({ length: 120 }, () => 'x'), { repairs });
    const findings = checkDocument(doc, 'source');
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe('encoding');
    expect(findings[0].message).toMatch(/^111 words with a lost character read as "\?"/);
    expect(findings[0].message).toContain('first: 1, 2, 3, …');
    expect(findings[0].message).toContain('aujourd?hui → aujourd’hui');
    expect(findings[0].source?.line).toBe(1);
  });

  it('one finding per kind of damage (fr ?, en mojibake, nl U+FFFD)', () => {
    const doc = makeDoc('nl', ['a', 'b', 'c'], {
      repairs: [repair(1, 0, 'd?uvre', 'dœuvre'), repair(3, 3, 'cafÃ©', 'café'), repair(5, 6, 'co\ufffdperatie', 'coöperatie')],
    });
    const messages = checkDocument(doc, 'target').map((f) => f.message);
    expect(messages).toHaveLength(3);
    expect(messages.some((m) => m.includes('mojibake'))).toBe(true);
    expect(messages.some((m) => m.includes('U+FFFD'))).toBe(true);
  });

  it('reports U+FFFD left in the text, pointing at the character', () => {
    const doc = makeDoc('en', ['Clean text here.', 'The co\ufffdperation was strengthened.']);
    const [f] = checkDocument(doc, 'source');
    expect(f.rule).toBe('encoding');
    expect(f.source?.segment).toBe('s2');
    expect(doc.document.value.slice(f.source!.start, f.source!.end)).toBe('\ufffd');
  });

  it('no finding for a clean document', () => {
    expect(checkDocument(makeDoc('fr', ['Le Premier ministre a reçu l’invitation.']), 'source')).toEqual([]);
  });
});
