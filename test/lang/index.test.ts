/** Language data in one place: every language file has the same shape, and every stage reads it. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageData, wordsOf } from '../../src/lang/index.js';
import { extractAnchors } from '../../src/anchors/index.js';
import { segment } from '../../src/segment/index.js';
import { foldWord } from '../../src/text/fold.js';
import { doc } from '../segment/doc.js';

describe('language files', () => {
  it.each(LANGUAGES.map((l) => [l.code, l] as const))('%s: twelve months, twelve abbreviation slots, seven weekdays or none', (code, l) => {
    expect(languageData(code)).toBe(l);
    expect(l.months).toHaveLength(12);
    expect(l.monthAbbreviations).toHaveLength(12);
    expect([0, 7]).toContain(l.weekdays.length);
    for (const names of l.months) expect(names.length).toBeGreaterThan(0);
  });

  it('no spelling names two months in one language', () => {
    for (const l of LANGUAGES) {
      const seen = new Map<string, number>();
      [...l.months, ...l.monthAbbreviations].forEach((names, i) => {
        for (const n of names) {
          const m = i % 12;
          expect(seen.get(foldWord(n)) ?? m, `${l.code} ${n}`).toBe(m);
          seen.set(foldWord(n), m);
        }
      });
    }
  });

  it('word lists are lower case and without a final dot (look-ups fold or lower-case the text, never the list)', () => {
    for (const key of ['titles', 'numberAbbreviations', 'innerAbbreviations', 'nameParticles', 'capitalParticles', 'functionWords'] as const) {
      for (const w of wordsOf(key)) {
        expect(w, key).toBe(w.toLowerCase());
        expect(w.endsWith('.'), `${key} ${w}`).toBe(false);
      }
    }
  });
});

describe('every stage reads the language files', () => {
  it('the anchors read month names from them (German Jänner, Portuguese março)', () => {
    expect(extractAnchors('am 3. Jänner 2019', 'de').map((a) => a.value)).toContain('2019-01-03');
    expect(extractAnchors('em 5 de março de 2020', 'pt').map((a) => a.value)).toContain('2020-03-05');
  });

  it('the segmenter reads month abbreviations from them: `Fév. 1990` does not end a sentence', () => {
    expect(segment(doc('Paru en Fév. 1990 à Paris. Fin.')).segments.map((s) => s.text)).toEqual(['Paru en Fév. 1990 à Paris.', 'Fin.']);
  });

  it('the name finder reads titles from them: `Mlles Reed` is the name Reed', () => {
    const names = extractAnchors('Il parle à Mlles Reed et à M. Brocklehurst.', 'fr').filter((a) => a.kind === 'name').map((a) => a.value);
    expect(names).toEqual(['reed', 'brocklehurst']);
  });

  it('spelled-out numbers come from them (English, French, Dutch)', () => {
    expect(extractAnchors('two hundred people', 'en')[0].value).toBe('200');
    expect(extractAnchors('deux cents personnes', 'fr')[0].value).toBe('200');
    expect(extractAnchors('tweehonderd mensen', 'nl')[0].value).toBe('200');
  });
});
