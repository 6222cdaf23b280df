import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguages, OVERRIDE_MARGIN, SEGMENT_MIN_LENGTH, toIso6391 } from '../../src/detect/index.js';
import { blocks } from './blocks.js';

const seed = (name: string) => blocks(readFileSync(`fixtures/corpus/${name}`, 'utf8'), name);

const SEEDS: [string, string][] = [
  ['2018-06-11_val-duchesse-ii_fr.txt', 'fr'],
  ['2018-06-11_val-duchesse-ii_en-a.txt', 'en'],
  ['2018-06-11_val-duchesse-ii_en-b.txt', 'en'],
  ['2021-11-22_val-duchesse-iii_nl.txt', 'nl'],
  ['2016-02-01_euobserver-article_en.txt', 'en'],
];

const ENGLISH = 'The two countries will step up their cooperation against radicalisation in prisons.';
const FRENCH = 'Les deux pays renforceront leur coopération contre la radicalisation dans les prisons.';
const DUTCH = 'De twee landen zullen hun samenwerking tegen radicalisering in de gevangenissen versterken.';

describe('detectLanguages', () => {
  it.each(SEEDS)('detects %s as %s, and every segment of it too', (name, lang) => {
    const result = detectLanguages(seed(name));
    expect(result.lang).toBe(lang);
    const others = result.segments.filter((s) => s.lang !== lang).map((s) => `${s.lang}: ${s.text}`);
    expect(others).toEqual([]);
  });

  it('detects an English sentence inside a French document as en', () => {
    const doc = seed('2018-06-11_val-duchesse-ii_fr.txt');
    const value = `${doc.document.value}\n\n${ENGLISH}\n`;
    const result = detectLanguages(blocks(value));
    expect(result.lang).toBe('fr');
    const last = result.segments[result.segments.length - 1];
    expect(last.text).toBe(ENGLISH);
    expect(last.lang).toBe('en');
  });

  it('detects French and Dutch sentences inside an English document', () => {
    const doc = seed('2018-06-11_val-duchesse-ii_en-b.txt');
    const result = detectLanguages(blocks(`${FRENCH}\n\n${doc.document.value}\n\n${DUTCH}\n`));
    expect(result.lang).toBe('en');
    expect(result.segments[0].lang).toBe('fr');
    expect(result.segments[result.segments.length - 1].lang).toBe('nl');
  });

  it('lets a short segment inherit the document language', () => {
    const doc = seed('2021-11-22_val-duchesse-iii_nl.txt');
    const result = detectLanguages(blocks(`${doc.document.value}\n\nHello\n\nThank you very much.\n`));
    const tail = result.segments.slice(-2);
    expect(tail.map((s) => s.text)).toEqual(['Hello', 'Thank you very much.']);
    expect(tail.map((s) => s.lang)).toEqual(['nl', 'nl']);
    expect('Thank you very much.'.length).toBeLessThan(SEGMENT_MIN_LENGTH);
  });

  it('lets a segment franc cannot judge (digits only) inherit', () => {
    const doc = seed('2018-06-11_val-duchesse-ii_en-a.txt');
    const figures = '2016 2017 2018 — 12 345 678 / 90 123 456 / 7 890 123';
    const result = detectLanguages(blocks(`${doc.document.value}\n\n${figures}\n`));
    expect(result.segments[result.segments.length - 1].lang).toBe('en');
  });

  it('detects a segment in another script', () => {
    const russian = 'Обе страны усилят сотрудничество в борьбе с радикализацией в тюрьмах.';
    const result = detectLanguages(blocks(`${FRENCH}\n\n${FRENCH}\n\n${russian}\n`));
    expect(result.segments.map((s) => s.lang)).toEqual(['fr', 'fr', 'ru']);
  });

  it('judges the document but gives every segment its language when segments are not to be judged', () => {
    const doc = seed('2018-06-11_val-duchesse-ii_fr.txt');
    const result = detectLanguages(blocks(`${doc.document.value}\n\n${ENGLISH}\n`), { segments: false });
    expect(result.lang).toBe('fr');
    expect(new Set(result.segments.map((s) => s.lang))).toEqual(new Set(['fr']));
  });

  it('--lang overrides the document and every segment', () => {
    const doc = blocks(`${FRENCH}\n\n${ENGLISH}\n`);
    const result = detectLanguages(doc, { lang: 'nl' });
    expect(result.lang).toBe('nl');
    expect(result.segments.map((s) => s.lang)).toEqual(['nl', 'nl']);
  });

  it('accepts an ISO 639-3 or regional --lang and reports ISO 639-1', () => {
    expect(detectLanguages(blocks(ENGLISH), { lang: 'fra' }).lang).toBe('fr');
    expect(detectLanguages(blocks(ENGLISH), { lang: 'fr-BE' }).lang).toBe('fr');
  });

  it('does not modify its input', () => {
    const doc = blocks(`${FRENCH}\n\n${ENGLISH}\n`);
    const before = JSON.stringify(doc);
    detectLanguages(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('judges the raw text when there are no segments, and says und for no letters', () => {
    const empty = blocks(DUTCH);
    expect(detectLanguages({ ...empty, segments: [] }).lang).toBe('nl');
    expect(detectLanguages(blocks('12 34 56 78 90 12 34 56 78 90 12 34 56 78 90')).lang).toBe('und');
  });

  it('keeps a same-language sentence franc misreads in the document language', () => {
    // franc alone ranks this Dutch sentence as German; the document bias keeps it Dutch.
    const sentence = 'Ze zullen dit werk voortzetten en intensiveren in 2022.';
    const doc = seed('2021-11-22_val-duchesse-iii_nl.txt');
    const result = detectLanguages(blocks(`${doc.document.value}\n\n${sentence}\n`));
    expect(result.segments[result.segments.length - 1].lang).toBe('nl');
    expect(OVERRIDE_MARGIN).toBeGreaterThan(0);
  });
});

describe('toIso6391', () => {
  it.each([
    ['fra', 'fr'], ['eng', 'en'], ['nld', 'nl'], ['deu', 'de'], ['ekk', 'et'], ['lvs', 'lv'], ['nob', 'no'],
    ['nno', 'no'], ['cmn', 'zh'], ['arb', 'ar'], ['gle', 'ga'], ['mlt', 'mt'], ['isl', 'is'], ['und', 'und'],
    ['sco', 'und'], ['EN', 'en'], ['xyz', 'und'],
  ])('%s → %s', (code, expected) => {
    expect(toIso6391(code)).toBe(expected);
  });
});
