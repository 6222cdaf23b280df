/** `align --format beads` and `tsv`: one line per bead. */
import { describe, expect, it } from 'vitest';
import { alignmentPieces, formatAlignment } from '../../src/report/index.js';
import { sampleAlignment } from './samples.js';

describe('align --format beads', () => {
  it('prints the gold-set format, 0-based indices and 6-decimal scores', () => {
    expect(formatAlignment(sampleAlignment(), 'beads')).toBe([
      '[0]:[0]:0.980000',
      '[1]:[1]:0.950000',
      '[2]:[2]:0.910000',
      '[3, 4]:[3]:0.740000',
      '[5]:[]:0.000000',
      '[]:[4]:0.000000',
      '[6]:[5]:0.310000',
      '',
    ].join('\n'));
  });

  it('prints nothing for an empty alignment', () => {
    const a = sampleAlignment();
    expect(formatAlignment({ ...a, beads: [] }, 'beads')).toBe('');
  });
});

describe('align --format tsv', () => {
  it('prints a header row, then source, target, score, sure flag and both sides’ lines per bead', () => {
    const lines = formatAlignment(sampleAlignment(), 'tsv').split('\n').slice(1);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^Réunion ministérielle franco-belge\tFranco-Belgian ministerial meeting\t0\.980000\tyes\t\d+\t\d+$/);
    expect(lines[3]).toMatch(/^Financement : 200 millions d’euros et 100 millions pour la Belgique\.\tFunding: EUR 200 million and 100 million for Belgium\.\t0\.740000\tyes\t\d+-\d+\t\d+$/);
    expect(lines[4]).toMatch(/^Un point « AT&T <b> » sans équivalent\.\t\t0\.000000\tno\t\d+\t$/);
    expect(lines[5].startsWith('\tAn added sentence')).toBe(true);
  });

  it('starts with a header naming the columns, and its line numbers point at the files', () => {
    const a = sampleAlignment();
    const [head, first] = formatAlignment(a, 'tsv').split('\n');
    expect(head).toBe('source\ttarget\tscore\tsure\tsource_lines\ttarget_lines');
    const cells = first.split('\t');
    const line = Number(cells[4]);
    expect(a.source.document.value.split('\n')[line - 1]).toContain(a.source.segments[0].text.slice(0, 10));
  });

  it('keeps three fields per line when texts hold tabs or line breaks', () => {
    const a = sampleAlignment();
    a.source.segments[0].text = 'a\tb\nc\r\nd';
    const first = formatAlignment(a, 'tsv').split('\n')[1];
    expect(first.split('\t').slice(0, 4)).toEqual(['a b c  d', 'Franco-Belgian ministerial meeting', '0.980000', 'yes']);
    expect(first.split('\t')).toHaveLength(6);
  });
});

describe('align output in pieces', () => {
  it('gives every format’s text, the line-per-bead ones a few thousand beads at a time', () => {
    const a = sampleAlignment();
    for (const format of ['text', 'json', 'tsv', 'tmx', 'beads'] as const) {
      expect([...alignmentPieces(a, format)].join('')).toBe(formatAlignment(a, format));
    }
    // 10,000 beads: more than one piece, and no piece cuts a line.
    const many = { ...a, beads: Array.from({ length: 10_000 }, (_, k) => a.beads[k % a.beads.length]) };
    const pieces = [...alignmentPieces(many, 'beads')];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.join('')).toBe(formatAlignment(many, 'beads'));
  });
});
