/** The inconsistency rule on made-up texts: one term rendered two ways, one rendering for two terms, consistent texts clean. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { inconsistencyAcrossVersions, versionRenderings } from '../../src/compare/checks/inconsistency.js';
import { PairContext } from '../../src/compare/context.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

function findings(sl: string, source: string[], tl: string, target: string[]) {
  return compare(makeAlignment(makeDoc(sl, source), makeDoc(tl, target)), only('inconsistency'));
}

describe('inconsistency within a translation', () => {
  it('fr→en: a defined term rendered another way later', () => {
    const f = findings(
      'fr',
      ['Nous intensifions le recours aux équipes communes d’enquête (ECE).', 'Les équipes communes d’enquête seront renforcées.', 'Les ECE ont fait leurs preuves.'],
      'en',
      ['We are stepping up the use of joint investigation teams (JITs).', 'Joint inquiry teams will be strengthened.', 'The JITs have proved their worth.'],
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'inconsistency', severity: 'info', expected: 'joint investigation teams', actual: 'Joint inquiry teams' });
    expect(f[0].message).toBe('"équipes communes d’enquête (ECE)" (source) is rendered "Joint inquiry teams" here but "joint investigation teams" elsewhere (line 1)');
    expect(f[0].source?.line).toBe(3);
    expect(f[0].target?.line).toBe(3);
  });

  it('de→nl: inflected uses of one rendering are consistent', () => {
    expect(findings(
      'de',
      ['Wir verstärken die gemeinsamen Ermittlungsgruppen (GEG).', 'Eine gemeinsame Ermittlungsgruppe wurde gebildet.'],
      'nl',
      ['Wij versterken de gemeenschappelijke onderzoeksteams (GOT).', 'Er werd een gemeenschappelijk onderzoeksteam opgericht.'],
    )).toEqual([]);
  });

  it('nl→fr: one rendering standing for two source terms', () => {
    const f = findings(
      'nl',
      ['De Europese Unie (EU) steunt het plan.', 'Het Europees Parlement (EP) steunt het ook.'],
      'fr',
      ['L’Union européenne (UE) soutient le plan.', 'L’Union européenne (UE) le soutient aussi.'],
    );
    expect(f.map((x) => x.message)).toEqual(['"Union européenne" (target) stands both for "Europese Unie (EU)" (line 1) and for "Europees Parlement (EP)" (source)']);
  });

  it('en→fr: a translation that keeps the source acronym, used consistently, is clean', () => {
    expect(findings(
      'en',
      ['The police and customs cooperation centres (PCCCs) play a key role.', 'The PCCCs are in Tournai.'],
      'fr',
      ['Les centres de coopération policière et douanière (CCPD) jouent un rôle essentiel.', 'Les CCPD sont à Tournai.'],
    )).toEqual([]);
  });
});

describe('inconsistency of recurring phrases (no acronym)', () => {
  it('fr→en: a phrase rendered one way twice and another way once', () => {
    const f = findings(
      'fr',
      ['Le mandat d’arrêt européen facilite la remise.', 'Chaque mandat d’arrêt européen est exécuté rapidement.', 'Le mandat d’arrêt européen reste un outil essentiel.'],
      'en',
      ['The European arrest warrant facilitates surrender.', 'Each European arrest warrant is executed quickly.', 'The European detention warrant remains an essential tool.'],
    );
    expect(f.map((x) => [x.message, x.source?.line])).toEqual([
      ['"mandat d’arrêt européen" (source) is rendered "European detention warrant" here but "European arrest warrant" elsewhere (line 1)', 5],
    ]);
  });

  it('nl→de: the same phrase rendered the same way, inflected, is clean', () => {
    expect(findings(
      'nl',
      ['Het Europees aanhoudingsbevel versnelt de overlevering.', 'Elk Europees aanhoudingsbevel wordt snel uitgevoerd.', 'Het Europees aanhoudingsbevel blijft een belangrijk instrument.'],
      'de',
      ['Der Europäische Haftbefehl beschleunigt die Übergabe.', 'Jeder der Europäischen Haftbefehle wird schnell vollstreckt.', 'Der Europäische Haftbefehl bleibt ein wichtiges Instrument.'],
    )).toEqual([]);
  });
});

describe('inconsistency across versions of one language', () => {
  const source = ['Le recours aux équipes communes d’enquête (ECE) augmente.'];
  const pair = (path: string, text: string) => {
    const alignment = makeAlignment(makeDoc('fr', source, { path: 'fr.txt' }), makeDoc('en', [text], { path }));
    return versionRenderings(new PairContext(alignment));
  };

  it('names every version and its rendering, the first by path as target and the others as versions', () => {
    const [f, ...rest] = inconsistencyAcrossVersions([
      ...pair('en-b.txt', 'The use of joint inquiry teams (JCTs) is increasing.'),
      ...pair('en-a.txt', 'The use of joint investigation teams (JITs) is increasing.'),
    ]);
    expect(rest).toEqual([]);
    expect(f.message).toBe('"équipes communes d’enquête (ECE)" (source) is rendered differently by the en versions: "joint investigation teams (JITs)" (en-a.txt:1), "joint inquiry teams (JCTs)" (en-b.txt:1)');
    expect(f.target?.path).toBe('en-a.txt');
    expect(f.versions?.map((v) => v.path)).toEqual(['en-b.txt']);
  });

  it('versions that agree, whatever their inflection, are not reported', () => {
    expect(inconsistencyAcrossVersions([
      ...pair('en-a.txt', 'The use of joint investigation teams (JITs) is increasing.'),
      ...pair('en-b.txt', 'The use of Joint Investigation Team (JIT) is increasing.'),
    ])).toEqual([]);
  });
});
