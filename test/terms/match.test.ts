/** Term matching across inflection, case, accents, line breaks and hyphens, in French, English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../src/terms/index.js';

function spans(lang: string, term: string, text: string): string[] {
  const index = new TermIndex<string>(lang);
  index.add(term, term);
  return index.find(text).map((m) => text.slice(m.start, m.end));
}

describe('term matching', () => {
  it.each([
    ['fr plural and elision', 'fr', 'équipe commune d’enquête', 'le recours aux équipes communes d’enquêtes (ECE)', 'équipes communes d’enquêtes'],
    ['fr apostrophe kinds and case', 'fr', "Équipe commune d'enquête", 'des EQUIPES COMMUNES D’ENQUETE', 'EQUIPES COMMUNES D’ENQUETE'],
    ['en plural and case', 'en', 'joint investigation team', 'the use of Joint Investigation Teams and', 'Joint Investigation Teams'],
    ['en broken by a line break (reflowed)', 'en', 'joint investigation team', 'use of joint\ninvestigation teams', 'joint\ninvestigation teams'],
    ['en hyphenated compound as closed form', 'en', 'co-operation centre', 'the cooperation centres of', 'cooperation centres'],
    ['en closed form as hyphenated compound', 'en', 'counterterrorism', 'a counter-terrorism unit', 'counter-terrorism'],
    ['en word cut at a line end by a hyphen', 'en', 'investigation team', 'joint investi- gation teams', 'investi- gation teams'],
    ['nl inflected adjective and plural', 'nl', 'gemeenschappelijk onderzoeksteam', 'de gemeenschappelijke onderzoeksteams (GOT)', 'gemeenschappelijke onderzoeksteams'],
    ['de case ending and plural', 'de', 'gemeinsame Ermittlungsgruppe', 'mit den gemeinsamen Ermittlungsgruppen', 'gemeinsamen Ermittlungsgruppen'],
    ['de plural with umlauts', 'de', 'Grenzübergänge', 'an den Grenzuebergaenge und Grenzübergängen', 'Grenzübergängen'],
  ])('%s', (_, lang, term, text, found) => {
    expect(spans(lang, term, text)).toEqual([found]);
  });

  it.each([
    ['punctuation between the words', 'en', 'joint investigation team', 'joint. Investigation teams'],
    ['a word between', 'en', 'joint investigation team', 'joint criminal investigation teams'],
    ['another word with the same start', 'fr', 'enquête', 'les enquêteurs'],
    ['part of a longer word', 'nl', 'team', 'onderzoeksteams'],
  ])('no match: %s', (_, lang, term, text) => {
    expect(spans(lang, term, text)).toEqual([]);
  });

  it('prefers the longest term at a place', () => {
    const index = new TermIndex<string>('en');
    index.add('team', 'short');
    index.add('joint investigation team', 'long');
    expect(index.find('joint investigation teams and a team').map((m) => m.term.data)).toEqual(['long', 'short']);
  });
});
