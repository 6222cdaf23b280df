/** Page furniture is left out of the segments and listed in `skipped` with a reason. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { doc } from './doc.js';

const ARTICLE = [
  'Tuesday', '', '3 March 2024', '', 'Ministers agree on a border plan', '',
  'A minister speaks at the podium. (Photo: Jane Doe)', '',
  'Ministers agreed on Tuesday to share more data at the border.', '',
  'Read the full story', '', 'Sign up for our newsletter', '', 'Start your free trial today.', '',
  '"We must act together," the minister said.', '',
  'Data rules', '',
  'The plan still needs the approval of parliament, officials said.', '', 'A vote is expected in May.', '',
  'Other stories from the week', '', 'Farmers protest in the capital again', '',
  'Budget talks stall in the night', '', 'Tension rises as the deadline nears.', '',
  'Most read', '', '  1. Storm hits the northern coast overnight', '  2. Why the rail strike matters to everyone',
  '  3. New museum opens its doors in the old port', '', 'Follow us', '', 'Source: https://example.org/news/2024/border-plan', '',
].join('\n');

describe('page furniture', () => {
  const r = segment(doc(ARTICLE));
  const all = r.segments.map((s) => s.text);

  it('keeps the article: title, paragraphs, quote, subheading', () => {
    expect(all).toEqual([
      'Ministers agree on a border plan',
      'Ministers agreed on Tuesday to share more data at the border.',
      '"We must act together," the minister said.',
      'Data rules',
      'The plan still needs the approval of parliament, officials said.',
      'A vote is expected in May.',
    ]);
    expect(r.segments[0].kind).toBe('title');
    expect(r.segments[3].kind).toBe('heading');
  });

  it('lists what it skipped, with line ranges and reasons', () => {
    expect(r.skipped.map((s) => [s.line, s.endLine, s.reason])).toEqual([
      [1, 3, 'page furniture: scrape date'],
      [7, 7, 'page furniture: photo caption'],
      [11, 15, 'page furniture: subscription prompt'],
      [25, 31, 'page furniture: related-article teaser'],
      [33, 37, 'page furniture: link list'],
      [39, 39, 'page furniture: subscription prompt'],
      [41, 41, 'page furniture: source URL'],
    ]);
    for (const s of r.skipped) expect(ARTICLE.slice(s.start, s.end).trim().length).toBe(s.end - s.start);
  });

  it('page numbers in a page-break gap do not stop the sentence', () => {
    const value = 'The work on prisoners convicted for\n\n12\n\nterror offences will go on.\n\n- 3 -\n\nA second paragraph.';
    const t = segment(doc(value));
    expect(t.segments.map((s) => s.text)).toEqual(['The work on prisoners convicted for terror offences will go on.', 'A second paragraph.']);
    expect(t.skipped.map((s) => s.reason)).toEqual(['page furniture: page number', 'page furniture: page number']);
  });

  it('an end mark `./.` is cut from the last sentence', () => {
    const value = 'Les contrôles doivent être renforcés sur l’Internet./.\n';
    const t = segment(doc(value));
    expect(t.segments.map((s) => s.text)).toEqual(['Les contrôles doivent être renforcés sur l’Internet.']);
    const start = value.indexOf('/.');
    expect(t.skipped).toEqual([{ line: 1, endLine: 1, start, end: start + 2, reason: 'page furniture: end mark' }]);
    expect(t.segments[0].position.end.offset).toBe(start);
  });

  it('keeps a document’s own short list under a label', () => {
    const value = 'The ministers met in Paris.\n\nParticipants\n\n- Minister of Justice of Belgium\n- Minister of the Interior of France\n- Minister of Justice of France\n\nThey agreed on a common plan.';
    const t = segment(doc(value));
    expect(t.skipped).toEqual([]);
    expect(t.segments.map((s) => s.text)).toContain('Minister of the Interior of France');
  });

  it('keeps short final sections of a document that ends with a source footer', () => {
    const value = 'Joint statement.\n\nSecurity\n\nWe agreed on security.\n\nJustice\n\nWe agreed on justice.\n\nSource: https://example.org/statement\n';
    const t = segment(doc(value));
    expect(t.segments.map((s) => s.text)).toEqual(['Joint statement.', 'Security', 'We agreed on security.', 'Justice', 'We agreed on justice.']);
    expect(t.skipped.map((s) => s.reason)).toEqual(['page furniture: source URL']);
  });

  it('leaves ordinary documents alone', () => {
    const plain = 'Support for the plan grows\n\nThe support of the regions is growing. Join efforts are planned.\n\nRead the annex for details.\n\nThe newsletter subscription model changed in May.\n\nThe plan was published on 3 March 2024.';
    expect(segment(doc(plain)).skipped).toEqual([]);
  });
});
