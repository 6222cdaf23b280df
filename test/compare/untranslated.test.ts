import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc } from './helpers.js';

const opts = { severity: { 'number-mismatch': 'off' as const, 'date-mismatch': 'off' as const, 'name-mismatch': 'off' as const } };

describe('untranslated', () => {
  const invalid: [string, string, string, string][] = [
    ['fr left in an en translation', 'fr', 'en', 'Nous avons décidé de renforcer notre coopération policière et judiciaire.'],
    ['en left in an nl translation', 'en', 'nl', 'We decided to strengthen our police and judicial co-operation at the border.'],
    ['nl left in a fr translation', 'nl', 'fr', 'Wij hebben besloten om onze politiële en justitiële samenwerking te versterken.'],
    ['en naming four people and two cities, left in nl', 'en', 'nl', 'Brussels, 14 March 2019 – Minister of the Interior Annelies Verlinden and her French counterpart Gérald Darmanin today signed a new police co-operation agreement in Brussels.'],
    ['a fr title in capitals left in an en translation', 'fr', 'en', 'DÉCLARATION CONJOINTE des ministres de la Justice de la France et de la Belgique'],
  ];
  it.each(invalid)('%s: error', (_n, from, to, text) => {
    const source = makeDoc(from, [text]);
    const target = makeDoc(to, [{ text, lang: from }]);
    const findings = compare(makeAlignment(source, target), opts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'untranslated', severity: 'error', expected: to, actual: from, target: { segment: 's1' } });
  });

  const valid: [string, string, string, string, string][] = [
    ['short segment', 'fr', 'en', 'fr', 'Fait à Paris.'],
    ['mostly names', 'fr', 'en', 'fr', 'Édouard Philippe, Charles Michel, Gérard Collomb, Jan Jambon (PNR, SIS).'],
    ['translated', 'fr', 'en', 'en', 'We decided to strengthen our police and judicial co-operation at the border.'],
    ['same-language versions', 'en', 'en', 'en', 'We decided to strengthen our police and judicial co-operation at the border.'],
    ['undetermined document language', 'fr', 'und', 'fr', 'Nous avons décidé de renforcer notre coopération policière et judiciaire.'],
  ];
  it.each(valid)('%s: no finding', (_n, from, to, segLang, text) => {
    const source = makeDoc(from, [text]);
    const target = makeDoc(to, [{ text, lang: segLang }]);
    expect(compare(makeAlignment(source, target), { severity: { ...opts.severity, 'text-change': 'off' } }).filter((f) => f.rule === 'untranslated')).toEqual([]);
  });
});
