import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { expectValues } from './helpers.js';

const valid: Array<[string, string, string[]]> = [
  ['fr', 'URL source: https://premier.example.be/fr/déclaration-paris-le-11-juin-2018.', ['https://premier.example.be/fr/déclaration-paris-le-11-juin-2018']],
  ['en', 'See (https://en.wikipedia.org/wiki/Val-Duchesse_(castle)).', ['https://en.wikipedia.org/wiki/val-duchesse_(castle)']],
  ['en', 'More on www.EUobserver.com/news, or euobserver.com.', ['www.euobserver.com/news', 'euobserver.com']],
  ['nl', 'Mail naar Info@Premier.FED.be of kijk op https://premier.be/nl.', ['info@premier.fed.be', 'https://premier.be/nl']],
];

describe('urls and e-mails', () => {
  it.each(valid)('%s: %s', (lang, text, expected) => {
    expectValues(text, lang, ['url', 'email'], expected);
  });

  it('reads no date, figure or name inside a URL or an address', () => {
    const kinds = extractAnchors('voir https://example.org/2018/06/11/Paris-25-mai et jean.dupont2018@Paris.fr', 'fr').map((a) => a.kind);
    expect(kinds).toEqual(['url', 'email']);
  });

  it('does not take version numbers or sentence ends for domains', () => {
    expect(extractAnchors('version 1.2.3 and Mr. Smith.he said', 'en').filter((a) => a.kind === 'url')).toEqual([]);
  });
});
