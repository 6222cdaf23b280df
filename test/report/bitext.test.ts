/** `align --format beads` and `tsv`: one line per bead. */
import { describe, expect, it } from 'vitest';
import { formatAlignment } from '../../src/report/index.js';
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
  it('prints source, target and score per bead, no header, several segments joined by a space', () => {
    const lines = formatAlignment(sampleAlignment(), 'tsv').split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('Réunion ministérielle franco-belge\tFranco-Belgian ministerial meeting\t0.980000');
    expect(lines[3]).toBe('Financement : 200 millions d’euros et 100 millions pour la Belgique.\tFunding: EUR 200 million and 100 million for Belgium.\t0.740000');
    expect(lines[4]).toBe('Un point « AT&T <b> » sans équivalent.\t\t0.000000');
    expect(lines[5].startsWith('\tAn added sentence')).toBe(true);
  });

  it('keeps three fields per line when texts hold tabs or line breaks', () => {
    const a = sampleAlignment();
    a.source.segments[0].text = 'a\tb\nc\r\nd';
    const first = formatAlignment(a, 'tsv').split('\n')[0];
    expect(first.split('\t')).toEqual(['a b c  d', 'Franco-Belgian ministerial meeting', '0.980000']);
  });
});
