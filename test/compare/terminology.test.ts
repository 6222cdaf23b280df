/** The terminology rule on made-up texts in French, English, Dutch and German: approved, missing and forbidden renderings. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { decodeDocument } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import { parseGlossary } from '../../src/terms/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

const GLOSSARY = parseGlossary(
  [
    'fr,en,nl,de',
    "équipe commune d'enquête|ECE,joint investigation team|JIT|!joint inquiry team,gemeenschappelijk onderzoeksteam,gemeinsame Ermittlungsgruppe",
    'coopération policière,police cooperation,politiële samenwerking|politiesamenwerking,polizeiliche Zusammenarbeit',
    'lutte antiterroriste,counter-terrorism|!anti-terrorism,terrorismebestrijding,Terrorismusbekämpfung',
  ].join('\n'),
  'glossary.csv',
);

function findings(sl: string, source: string, tl: string, target: string) {
  return compare(makeAlignment(makeDoc(sl, [source]), makeDoc(tl, [target])), { ...only('terminology'), glossary: GLOSSARY });
}

describe('terminology', () => {
  it.each([
    ['fr→en, plural and capitals', 'fr', 'Nous renforçons les équipes communes d’enquête.', 'en', 'We strengthen the Joint Investigation Teams.'],
    ['fr→en, an admitted synonym', 'fr', 'Le recours aux équipes communes d’enquête augmente.', 'en', 'The use of JITs increases.'],
    ['fr→nl, an admitted synonym', 'fr', 'La coopération policière progresse.', 'nl', 'De politiesamenwerking vordert.'],
    ['fr→de, inflected', 'fr', 'La coopération policière progresse.', 'de', 'Die polizeilichen Zusammenarbeiten schreiten voran.'],
    ['en→fr, the other direction', 'en', 'Police cooperation is progressing.', 'fr', 'La coopération policière progresse.'],
    ['de→nl', 'de', 'Die gemeinsamen Ermittlungsgruppen arbeiten.', 'nl', 'De gemeenschappelijke onderzoeksteams werken.'],
    ['en→fr, hyphen left out', 'en', 'Counter-terrorism is a priority.', 'fr', 'La lutte antiterroriste est une priorité.'],
    ['a term the glossary has not in the target language', 'fr', 'Les équipes communes d’enquête.', 'es', 'Los equipos conjuntos de investigación.'],
  ])('%s: no finding', (_, sl, source, tl, target) => {
    expect(findings(sl, source, tl, target)).toEqual([]);
  });

  it('a rendering that is not the approved one: names the source term, the approved ones and what the target says', () => {
    const [f, ...rest] = findings('fr', 'Le recours aux équipes communes d’enquête augmente.', 'en', 'The use of joint criminal teams increases.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'terminology', severity: 'warning', expected: 'joint investigation team | JIT', actual: 'joint criminal teams' });
    expect(f.message).toBe('"équipes communes d’enquête" (source) is not rendered as the glossary has it: expected "joint investigation team" or "JIT", the target has "joint criminal teams"');
    expect(f.note).toBe('glossary glossary.csv, line 2');
  });

  it('no approved rendering and nothing like it: the finding points at the whole target segment', () => {
    const [f] = findings('nl', 'De terrorismebestrijding is een prioriteit.', 'de', 'Die Bekämpfung ist eine Priorität.');
    expect(f.message).toBe('"terrorismebestrijding" (source) is not rendered as the glossary has it: expected "Terrorismusbekämpfung"');
    expect(f.actual).toBeUndefined();
    expect(f.target?.text).toBe('Die Bekämpfung ist eine Priorität.');
  });

  it('a forbidden rendering, even beside an approved one', () => {
    const [f] = findings('fr', 'La lutte antiterroriste et les équipes communes d’enquête.', 'en', 'Anti-terrorism and joint investigation teams.');
    expect(f.message).toBe('forbidden term "Anti-terrorism" for "lutte antiterroriste" (source): the glossary has "counter-terrorism"');
    expect(f.actual).toBe('Anti-terrorism');
    const [g] = findings('fr', 'Les équipes communes d’enquête.', 'en', 'The joint investigation teams, or joint inquiry teams.');
    expect(g.actual).toBe('joint inquiry teams');
  });

  it('same-language pairs and rules turned off report nothing', () => {
    expect(findings('en', 'Joint investigation teams.', 'en', 'Joint inquiry teams.')).toEqual([]);
    const alignment = makeAlignment(makeDoc('fr', ['Les équipes communes d’enquête.']), makeDoc('en', ['Joint inquiry teams.']));
    expect(compare(alignment, { severity: { terminology: 'off' }, glossary: GLOSSARY }).filter((f) => f.rule === 'terminology')).toEqual([]);
  });

  it('positions: the term as it stands in the file, across a line break', () => {
    const fr = 'Les ministres ont décidé de renforcer le recours aux équipes\ncommunes d’enquête dans la zone frontalière.\n';
    const en = 'The ministers decided to increase the use of joint\ninquiry teams in the border area.\n';
    const { report } = analyze(decodeDocument(Buffer.from(fr), 'fr.txt'), decodeDocument(Buffer.from(en), 'en.txt'), { glossary: GLOSSARY });
    const [f] = report.findings.filter((x) => x.rule === 'terminology');
    expect(fr.slice(f.source!.start, f.source!.end)).toBe('équipes\ncommunes d’enquête');
    expect([f.source!.line, f.source!.endLine]).toEqual([1, 2]);
    expect(en.slice(f.target!.start, f.target!.end)).toBe('joint\ninquiry teams');
    expect(f.message).toContain('forbidden term "joint inquiry teams"');
  });
});
