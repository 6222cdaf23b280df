/** XLIFF 1.2 and 2.0, and TMX: units already aligned, each side pointing into the file. */
import { describe, expect, it } from 'vitest';
import { alignDocuments, sidesOf } from '../../../src/pipeline.js';
import { compare } from '../../../src/compare/index.js';
import { originalOffset } from '../../../src/segment/index.js';
import { docOf, unmapped } from './helpers.js';

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="c.txt" source-language="fr-FR" target-language="en-GB" datatype="plaintext">
    <body>
      <trans-unit id="intro">
        <source>La réunion s’est tenue le 27 février 2018 à Paris &amp; Bruxelles.</source>
        <target state="translated">The meeting was held on 27 February 2017 in Paris &amp; Brussels.</target>
        <alt-trans><source>Autre 1999.</source><target>Other 1999.</target></alt-trans>
      </trans-unit>
      <trans-unit id="u2">
        <source>Plus de <g id="1">200</g> combattants<ph id="2">&lt;br/&gt;</ph> sont revenus.</source>
        <target>More than <g id="1">200</g> fighters<ph id="2">&lt;br/&gt;</ph> have returned.</target>
      </trans-unit>
      <trans-unit id="u3">
        <source>Une phrase sans traduction.</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const XLIFF20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment><source>Le groupe s’est réuni le 27 février 2018.</source><target>The group met on 27 February 2018.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment><source>Il comptait 12 membres.</source><target>It had 13 members.</target></segment>
    </unit>
  </file>
</xliff>
`;

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
  <body>
    <tu tuid="7"><tuv xml:lang="en"><seg>The group met on 27 February 2017.</seg></tuv><tuv xml:lang="fr"><seg>Le groupe s’est réuni le 27 février 2018.</seg></tuv></tu>
  </body>
</tmx>
`;

async function unitFindings(value: string, path: string) {
  const [s, t] = sidesOf(await docOf(value, path));
  const alignment = alignDocuments(s, t);
  return { alignment, findings: compare(alignment) };
}

describe('XLIFF 1.2', () => {
  it('each unit is a bead; alternatives, codes and escapes are not text', async () => {
    const { alignment } = await unitFindings(XLIFF12, 'a.xlf');
    expect(alignment.source.lang).toBe('fr');
    expect(alignment.target.lang).toBe('en');
    expect(alignment.source.segments.map((s) => s.text)).toEqual([
      'La réunion s’est tenue le 27 février 2018 à Paris & Bruxelles.',
      'Plus de 200 combattants sont revenus.',
      'Une phrase sans traduction.',
    ]);
    expect(alignment.target.segments.map((s) => s.text)).toEqual([
      'The meeting was held on 27 February 2017 in Paris & Brussels.',
      'More than 200 fighters have returned.',
    ]);
    expect(alignment.beads).toEqual([
      { source: [0], target: [0], score: 1, sure: true },
      { source: [1], target: [1], score: 1, sure: true },
      { source: [2], target: [], score: 1, sure: false },
    ]);
    expect(unmapped(alignment.source)).toEqual([]);
    expect(unmapped(alignment.target)).toEqual([]);
  });

  it('compares each unit with every rule: the date, the missing translation; locations name the unit and the file line', async () => {
    const { findings } = await unitFindings(XLIFF12, 'a.xlf');
    const date = findings.find((f) => f.rule === 'date-mismatch')!;
    expect(date).toMatchObject({ expected: '2018-02-27', actual: '2017-02-27', source: { line: 6, unit: 'intro' }, target: { line: 7, unit: 'intro' } });
    expect(XLIFF12.slice(date.target!.start, date.target!.end)).toBe('27 February 2017');
    expect(findings.some((f) => f.rule === 'omission' && f.source?.unit === 'u3')).toBe(true);
  });
});

describe('XLIFF 2.0', () => {
  it('each segment of a unit is a bead', async () => {
    const { alignment, findings } = await unitFindings(XLIFF20, 'a.xlf');
    expect(alignment.beads.map((b) => [b.source, b.target])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.expected, f.actual, f.target?.unit])).toEqual([['number-mismatch', '12', '13', 'u1']]);
  });
});

describe('TMX', () => {
  it('the source is the header srclang variant, whatever the order', async () => {
    const { alignment, findings } = await unitFindings(TMX, 'm.tmx');
    expect(alignment.source.lang).toBe('fr');
    expect(alignment.source.segments[0].text).toContain('février');
    expect(findings.find((f) => f.rule === 'date-mismatch')).toMatchObject({ source: { unit: '7' }, expected: '2018-02-27', actual: '2017-02-27' });
    const s = alignment.source.segments[0];
    expect(TMX.slice(originalOffset(s, 0), originalOffset(s, 0) + 9)).toBe('Le groupe');
  });
});

describe('malformed files', () => {
  it('a tag left open is a one-line error naming the file', async () => {
    await expect(docOf('<?xml version="1.0"?><xliff version="1.2"><file><body><trans-unit id="1"><source>x</source>', 'bad.xlf')).rejects.toThrow(/^bad\.xlf: damaged or unreadable XLIFF file \(<trans-unit> is never closed/);
  });
  it('an XLIFF without units says so', async () => {
    await expect(docOf('<xliff version="1.2"><file/></xliff>', 'empty.xlf')).rejects.toThrow('no translation unit found');
  });
});
