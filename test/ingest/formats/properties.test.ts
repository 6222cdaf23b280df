/**
 * Positions through markup, proven by property: whatever words a page or a Markdown file holds
 * (escapes, markup characters, inline tags, line breaks), the segments read back exactly those
 * words, in order, and every letter and digit maps to its place in the file.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { segmentsOf, unmapped } from './helpers.js';

/** Words with the characters that markup escapes or means something by. */
const WORDS = ['word', 'Mot', 'été', '2018', '27', 'A&B', 'x<y', 'a>b', '*star*', '_under_', '[link]', 'back\\slash', '#tag', 'l’Union', '«', '»', 'co-operation', '3.5%'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const paragraphs = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 });

const htmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/é/g, '&eacute;').replace(/’/g, '&#8217;');
/** Markdown's inline characters escaped, and a line that would open an ordered list (`27.`) too. */
const mdEscape = (s: string): string => s.replace(/([\\`*_[\]<>#&])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');

/** The words as the segments give them, spaces folded. */
const words = (texts: string[]): string => texts.join(' ').replace(/\s+/g, ' ').trim();

describe('positions through markup', () => {
  test.prop([paragraphs, fc.boolean()], { numRuns: 60 })('HTML: escapes and inline tags', async (paras, bold) => {
    const body = paras.map((p) => `<p>${p.map((s) => htmlEscape(s)).map((s, i) => (bold && i === 0 ? `<b>${s}</b>` : s)).join('\n  ')}</p>`).join('\n');
    const doc = await segmentsOf(`<!DOCTYPE html>\n<html lang="en"><body>\n<main>\n${body}\n</main>\n</body></html>\n`, 'p.html');
    expect(words(doc.segments.map((s) => s.text))).toBe(words(paras.flat()));
    expect(unmapped(doc)).toEqual([]);
  });

  test.prop([paragraphs, fc.boolean()], { numRuns: 60 })('Markdown: backslash escapes, wrapped lines, list items', async (paras, list) => {
    const body = paras.map((p) => (list ? `- ${p.map(mdEscape).join('\n  ')}` : p.map(mdEscape).join('\n'))).join('\n\n');
    const doc = await segmentsOf(`---\ntitle: t\n---\n\n${body}\n`, 'p.md');
    expect(words(doc.segments.map((s) => s.text))).toBe(words(paras.flat()));
    expect(unmapped(doc)).toEqual([]);
  });
});
