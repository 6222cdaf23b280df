/** Markdown with front matter: headings, lists and paragraphs as blocks, positions in the file. */
import { describe, expect, it } from 'vitest';
import { originalOffset } from '../../../src/segment/index.js';
import { segmentsOf, unmapped } from './helpers.js';

const MD = `---
title: "Communiqué: 2017"
lang: fr
date: 2018-06-11
---

# Communiqué conjoint

Les ministres se sont réunis le *27 février 2018* à Paris,
en présence des \\*ministres\\* de l’Intérieur &amp; de la Justice.

## 1- en matière de lutte contre le terrorisme

- De poursuivre le renforcement des échanges.
- De travailler sur l’harmonisation
  des critères.

3. Troisième point numéroté.
4. Quatrième point numéroté.

\`\`\`
code 2019 not text
\`\`\`
`;

describe('readMarkdown', () => {
  it('front matter and code are not text; headings, items, paragraphs are blocks', async () => {
    const doc = await segmentsOf(MD, 'communique.md');
    expect(doc.segments.map((s) => [s.kind, s.section, s.label, s.text])).toEqual([
      ['title', undefined, undefined, 'Communiqué conjoint'],
      ['sentence', undefined, undefined, 'Les ministres se sont réunis le 27 février 2018 à Paris, en présence des *ministres* de l’Intérieur & de la Justice.'],
      ['heading', '1', undefined, '1- en matière de lutte contre le terrorisme'],
      ['item', '1.1', undefined, 'De poursuivre le renforcement des échanges.'],
      ['item', '1.2', undefined, 'De travailler sur l’harmonisation des critères.'],
      ['item', '1.3', '3', 'Troisième point numéroté.'],
      ['item', '1.4', '4', 'Quatrième point numéroté.'],
    ]);
    expect(doc.lang).toBe('fr');
  });

  it('positions are lines of the file; escapes map to their backslash', async () => {
    const doc = await segmentsOf(MD, 'communique.md');
    const p = doc.segments[1];
    expect(p.position.start.line).toBe(9);
    expect(p.position.end.line).toBe(10);
    const star = originalOffset(p, p.text.indexOf('*'));
    expect(MD.slice(star, star + 2)).toBe('\\*');
    const date = originalOffset(p, p.text.indexOf('27'));
    expect(MD.slice(date, date + 15)).toBe('27 février 2018');
    expect(unmapped(doc)).toEqual([]);
  });

  it('a word hyphenated at a line end of the source is joined when the document writes it whole elsewhere, as in plain text', async () => {
    const md = '# Titre\n\nLa coopé-\nration franco-\nbelge est renforcée. La coopération continue.\n\n- Un point sur la coopé-\n  ration transfronta-\n  lière.\n';
    const doc = await segmentsOf(md, 'h.md');
    expect(doc.segments.map((s) => s.text)).toEqual([
      'Titre',
      'La coopération franco-belge est renforcée.',
      'La coopération continue.',
      // No evidence for the whole word: the hyphen is kept, as the plain-text reader keeps it.
      'Un point sur la coopération transfronta-lière.',
    ]);
    expect(unmapped(doc)).toEqual([]);
  });

  it('a .md file without Markdown cues is read as plain text, unchanged', async () => {
    const doc = await segmentsOf('Line one of a note.\nLine two of it.\n', 'note.md');
    expect(doc.document.format).toBeUndefined();
    expect(doc.segments.map((s) => s.text)).toEqual(['Line one of a note.', 'Line two of it.']);
  });
});
