/** Titles, headings in the corpus's forms, list markers and section paths; `lines` segmentation. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { doc } from './doc.js';

const rows = (value: string) => segment(doc(value)).segments.map((s) => [s.kind, s.section, s.text]);

describe('structure', () => {
  it('numbered headings `1- …` with bullets `-De`, `- `, `-  `', () => {
    expect(rows('Intro text here.\n\n1- en matière de lutte\n\n-De poursuivre ceci.\n\n- De faire cela.\n\n-  D’agir.\n\n2- au niveau européen\n\n-Nous soutenons.\n'))
      .toEqual([
        ['sentence', undefined, 'Intro text here.'], ['heading', '1', '1- en matière de lutte'],
        ['item', '1.1', 'De poursuivre ceci.'], ['item', '1.2', 'De faire cela.'], ['item', '1.3', 'D’agir.'],
        ['heading', '2', '2- au niveau européen'], ['item', '2.1', 'Nous soutenons.'],
      ]);
  });

  it('numbered items keep their label as written (for pairing), bullets have none', () => {
    const labels = (value: string) => segment(doc(value)).segments.map((s) => s.label);
    expect(labels('Agenda\n1. Opening of the meeting.\n4. Any other business. Then lunch.\nb) A lettered one.\n')).toEqual([undefined, '1', '4', undefined, 'b']);
    expect(labels('Agenda\n- Opening of the meeting.\n- Any other business.\n')).toEqual([undefined, undefined, undefined]);
  });

  it('a line after a list of one-line items is a paragraph of its own, not part of the last item', () => {
    expect(rows('Minutes\n1. The minutes were approved.\n2. The budget is 1.2 million euros.\nAny other business: none.\n')).toEqual([
      ['sentence', undefined, 'Minutes'], ['item', '1', 'The minutes were approved.'], ['item', '2', 'The budget is 1.2 million euros.'],
      ['sentence', undefined, 'Any other business: none.'],
    ]);
    // A hard-wrapped list: its items run on over several lines, so the last line is still item 2's.
    expect(rows('Minutes\n1. The minutes of the last\nmeeting were approved.\n2. The budget is 1.2 million euros.\nIt was approved.\n').slice(-2)).toEqual([
      ['sentence', '2', 'The budget is 1.2 million euros.'], ['sentence', '2', 'It was approved.'],
    ]);
  });

  it('a numbered heading wrapped onto a second line', () => {
    expect(rows('Intro.\n\n2- en matière de lutte contre\nla radicalisation violente\n\n- De poursuivre.\n')).toEqual([
      ['sentence', undefined, 'Intro.'], ['heading', '2', '2- en matière de lutte contre la radicalisation violente'],
      ['item', '2.1', 'De poursuivre.'],
    ]);
  });

  it('headings ending in `:` before a list, counted when unnumbered', () => {
    expect(rows('France and Belgium have\ndecided:\n\nIn counter-terrorism matters:\n\n• First.\n\n– Second.\n\nAt European level:\n\n* Third.\n'))
      .toEqual([
        ['sentence', undefined, 'France and Belgium have decided:'], ['heading', '1', 'In counter-terrorism matters:'],
        ['item', '1.1', 'First.'], ['item', '1.2', 'Second.'], ['heading', '2', 'At European level:'], ['item', '2.1', 'Third.'],
      ]);
  });

  it('numbered headings without punctuation in one-paragraph-per-line text, and a title', () => {
    expect(rows('Gezamenlijke verklaring\n\nDe regeringen besloten:\n1. Opvolging van de processen\nHet proces begint. Het duurt lang.\n2. Samenwerking\nDe landen werken samen.\n'))
      .toEqual([
        ['title', undefined, 'Gezamenlijke verklaring'], ['sentence', undefined, 'De regeringen besloten:'],
        ['heading', '1', '1. Opvolging van de processen'], ['sentence', '1', 'Het proces begint.'], ['sentence', '1', 'Het duurt lang.'],
        ['heading', '2', '2. Samenwerking'], ['sentence', '2', 'De landen werken samen.'],
      ]);
  });

  it('consecutive numbered lines are a list, not headings; items without sections are numbered', () => {
    expect(rows('We agreed on the following plan for the coming year:\n\n1) first step\n2) second step\n3) third step\n')).toEqual([
      ['sentence', undefined, 'We agreed on the following plan for the coming year:'], ['item', '1', 'first step'], ['item', '2', 'second step'], ['item', '3', 'third step'],
    ]);
    expect(rows('Agenda of the day\n1. Opening of the meeting\n2. Approval of the minutes\n3. Any other business\n').slice(1).map((r) => r[0]))
      .toEqual(['item', 'item', 'item']);
  });

  it('a dash after an unfinished line is punctuation, not a bullet', () => {
    expect(rows('the attacks that struck our countries in recent years\n– not least the attack in Liège.')).toEqual([
      ['sentence', undefined, 'the attacks that struck our countries in recent years – not least the attack in Liège.'],
    ]);
  });

  it('numbers segments s1, s2… with 0-based indices', () => {
    const r = segment(doc('One. Two.\n\nThree.'));
    expect(r.segments.map((s) => [s.id, s.index, s.lang])).toEqual([['s1', 0, 'und'], ['s2', 1, 'und'], ['s3', 2, 'und']]);
  });
});

describe("segmentation: 'lines'", () => {
  it('one segment per line exactly as given, blank lines included, no final empty segment', () => {
    const value = '  Line one  \r\n\r\nLine\u00a0three ?uvre\nlast\n';
    const r = segment(doc(value), { segmentation: 'lines' });
    expect(r.segments.map((s) => s.text)).toEqual(['  Line one  ', '', 'Line\u00a0three ?uvre', 'last']);
    expect(r.segments.map((s) => [s.position.start.line, s.position.start.offset, s.position.end.offset])).toEqual([
      [1, 0, 12], [2, 14, 14], [3, 16, 32], [4, 33, 37],
    ]);
    expect(r.repairs).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.segments.every((s) => s.kind === 'sentence')).toBe(true);
  });

  it('keeps furniture and does not reflow', () => {
    const r = segment(doc('Monday\nJoin us\nhalf a sen-\ntence'), { segmentation: 'lines' });
    expect(r.segments.map((s) => s.text)).toEqual(['Monday', 'Join us', 'half a sen-', 'tence']);
  });
});
