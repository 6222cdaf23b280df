/** HTML: main content, furniture dropped, kinds from the tags, positions in the file itself. */
import { describe, expect, it } from 'vitest';
import { originalOffset } from '../../../src/segment/index.js';
import { segmentsOf, unmapped } from './helpers.js';

const page = (body: string, lang = 'en'): string => `<!DOCTYPE html>\n<html lang="${lang}">\n<head><title>T</title><style>p { color: red }</style><script>var x = "1.2";</script></head>\n<body>\n${body}\n</body>\n</html>\n`;

const FURNITURE = `
<div class="cookie-consent"><p>We use cookies for 13 months.</p><button>Accept</button></div>
<header><a href="/">Portal</a><form><input name="q"></form></header>
<nav><ul><li><a href="/news">News 2019</a></li></ul></nav>
<ul class="share-buttons"><li><a href="#">Share on Twitter</a></li></ul>
<div class="related-links"><h2>Related articles</h2><ul><li><a href="#">Statement of 1 February 2016</a></li></ul></div>
<aside><p>Latest: minister visits Liège on 3 June.</p></aside>
<footer><p>© 2019 Portal</p></footer>`;

const ARTICLE = `
<h1>Joint communiqué</h1>
<p>The ministers met on 27 February 2018 in Paris.</p>
<h2>1. On security</h2>
<ul>
  <li>To reinforce exchanges between services.</li>
  <li><p>To harmonise the criteria.</p></li>
</ul>
<p>They will meet again in 2019.</p>`;

describe('readHtml', () => {
  it('takes <main> and drops furniture outside and inside it', async () => {
    const doc = await segmentsOf(page(`${FURNITURE}<main>${ARTICLE}<div class="share"><a href="#">Share</a></div></main>`), 'a.html');
    expect(doc.segments.map((s) => [s.kind, s.section, s.text])).toEqual([
      ['title', undefined, 'Joint communiqué'],
      ['sentence', undefined, 'The ministers met on 27 February 2018 in Paris.'],
      ['heading', '1', '1. On security'],
      ['item', '1.1', 'To reinforce exchanges between services.'],
      ['item', '1.2', 'To harmonise the criteria.'],
      ['sentence', '1', 'They will meet again in 2019.'],
    ]);
  });

  it('takes the largest <article> when there is no <main>', async () => {
    const doc = await segmentsOf(page(`${FURNITURE}<article><p>A teaser of one line.</p></article><article>${ARTICLE}</article>`), 'a.html');
    expect(doc.segments[0].text).toBe('Joint communiqué');
    expect(doc.segments.some((s) => s.text.includes('teaser'))).toBe(false);
  });

  it('without landmarks, reads the element that holds most of the text and drops the furniture around it', async () => {
    const doc = await segmentsOf(page(`${FURNITURE}<div id="content">${ARTICLE}</div>`), 'a.html');
    const text = doc.segments.map((s) => s.text).join('\n');
    expect(doc.segments).toHaveLength(6);
    for (const furniture of ['cookies', 'Portal', 'News', 'Share', 'Related', 'Liège', '©', '1.2']) expect(text).not.toContain(furniture);
    expect(doc.document.notes.join(' ')).toContain('<div id="content">');
  });

  it('character references are the characters in the text, the escapes in the file', async () => {
    const value = page('<p>Ministers &amp; secretaries met on 27&nbsp;February&#160;2018 &mdash; in Li&egrave;ge.</p>');
    const doc = await segmentsOf(value, 'a.html');
    expect(doc.segments.map((s) => s.text)).toEqual(['Ministers & secretaries met on 27 February 2018 — in Liège.']);
    const s = doc.segments[0];
    const amp = originalOffset(s, s.text.indexOf('&'));
    expect(value.slice(amp, amp + 5)).toBe('&amp;');
    const e = originalOffset(s, s.text.indexOf('è'));
    expect(value.slice(e, e + 8)).toBe('&egrave;');
    // The segment's position is in the file: its line is the <p>'s.
    expect(s.position.start.line).toBe(value.slice(0, value.indexOf('<p>')).split('\n').length);
    expect(unmapped(doc)).toEqual([]);
  });

  it('inline tags join words; <br> is a space', async () => {
    const doc = await segmentsOf(page('<p>The <b>joint</b> <i>work</i>ing group met.<br>It was the first time.</p>'), 'a.html');
    expect(doc.segments.map((s) => s.text)).toEqual(['The joint working group met.', 'It was the first time.']);
  });

  it('the page language is the lang attribute, even on text a detector would misread', async () => {
    const doc = await segmentsOf(page('<p>Paris, Bruxelles, Liège, Lille.</p>', 'fr'), 'a.html');
    expect(doc.lang).toBe('fr');
  });

  it('ordered list items get their numbers as labels', async () => {
    const doc = await segmentsOf(page('<ol start="4"><li>Fourth point of the list.</li><li>Fifth point of the list.</li></ol>'), 'a.html');
    expect(doc.segments.map((s) => s.label)).toEqual(['4', '5']);
  });

  it('every segment maps into the file on the seed-made page', async () => {
    const { readFileSync } = await import('node:fs');
    const value = readFileSync(new URL('../../../fixtures/formats/fr.page.html', import.meta.url), 'utf8');
    const doc = await segmentsOf(value, 'fr.page.html');
    expect(doc.segments.length).toBeGreaterThan(40);
    expect(unmapped(doc)).toEqual([]);
    const text = doc.segments.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/cookies|Share on|Related articles|Legal notice|dataLayer/);
  });
});
