/** Translation units for CAT tools: merged beads cut into sentences only where that is safe. */
import { describe, expect, it } from 'vitest';
import { translationUnits } from '../../src/report/units.js';
import { makeAlignment, makeDoc } from '../compare/helpers.js';
import { alignDocuments } from '../../src/pipeline.js';
import { readDocument } from '../../src/ingest/index.js';
import { SEED } from '../helpers/cli.js';

describe('translationUnits', () => {
  it('pairs the segments of two neighbouring merged beads one to one when their lengths agree', () => {
    const fr = makeDoc('fr', ['Le traité entre en vigueur le 25 mai et renforce les contrôles.', 'Toutefois, nous estimons devoir aller plus loin.', 'Nous appelons à un registre ferroviaire commun.']);
    const en = makeDoc('en', ['The treaty enters into force on 25 May and strengthens controls.', 'Nevertheless, we must go further.', 'We call for a common railway register.']);
    const units = translationUnits(makeAlignment(fr, en, [[[0, 1], [0]], [[2], [1, 2]]]));
    expect(units.map((u) => [u.sourceSegments, u.targetSegments, u.origin])).toEqual([[[0], [0], 'split'], [[1], [1], 'split'], [[2], [2], 'split']]);
    expect(units.every((u) => !u.sure)).toBe(true);
  });

  it('cuts the shorter side at clause boundaries when that gives as many pieces as the other side', () => {
    const fr = makeDoc('fr', ['De faciliter les équipes communes d’enquêtes dès lors que des faits de terrorisme sont constatés.', 'De veiller à assurer une communication coordonnée de nos autorités, de part et d’autre de la frontière.']);
    const en = makeDoc('en', ['To facilitate joint inquiry teams in cases where acts of terrorism have been committed on both territories; and to ensure co-ordinated communication between our authorities on both sides of the border.']);
    const units = translationUnits(makeAlignment(fr, en, [[[0, 1], [0]]]));
    expect(units.map((u) => u.target)).toEqual([
      'To facilitate joint inquiry teams in cases where acts of terrorism have been committed on both territories;',
      'and to ensure co-ordinated communication between our authorities on both sides of the border.',
    ]);
  });

  it('keeps a merge whole when the pieces pair better crosswise (two items merged in the other order)', () => {
    const fr = makeDoc('fr', ['Contre le trafic de biens culturels, source de financement des organisations terroristes.', 'Pour mettre en œuvre les engagements de la conférence No Money For Terror de Paris.']);
    const en = makeDoc('en', ['To implement the undertakings of the No Money For Terror conference in Paris; and against the trafficking of cultural goods, a source of terrorist financing.']);
    const units = translationUnits(makeAlignment(fr, en, [[[0, 1], [0]]]));
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ origin: 'merged', sourceSegments: [0, 1] });
  });

  it('keeps a merge whole when a pair would break the run’s length ratio', () => {
    const fr = makeDoc('fr', ['Oui.', 'Nous avons décidé de renforcer la coopération policière et judiciaire entre nos deux pays.']);
    const en = makeDoc('en', ['Yes, we decided to strengthen police and judicial co-operation between our two countries.', 'Indeed.']);
    const units = translationUnits(makeAlignment(fr, en, [[[0, 1], [0, 1]]]));
    expect(units.map((u) => u.origin)).toEqual(['merged']);
  });

  it('gives no unit for an omission or an addition, and splits nothing when asked not to', () => {
    const fr = makeDoc('fr', ['Une phrase.', 'Une autre phrase ici.', 'Encore une.']);
    const en = makeDoc('en', ['A sentence.', 'Another sentence here.']);
    const a = makeAlignment(fr, en, [[[0, 1], [0, 1]], [[2], []]]);
    expect(translationUnits(a, false).map((u) => u.origin)).toEqual(['merged']);
    expect(translationUnits(a).map((u) => u.origin)).toEqual(['split', 'split']);
  });

  it('on the seeds, leaves whole only the two French financing bullets that translation B merged', () => {
    const alignment = alignDocuments(readDocument(SEED.fr), readDocument(SEED.enB));
    const kept = translationUnits(alignment).filter((u) => u.origin === 'merged' && u.sourceSegments.length > 1);
    expect(kept.map((u) => u.source.slice(0, 30))).toEqual(['Soulignant la nécessité d’agir']);
  });
});
