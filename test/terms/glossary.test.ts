/** Glossaries: CSV/TSV and TBX (TBX-Basic, TBX v3 DCA and DCT) read into concepts with statuses; bad ones named by file and line. */
import { describe, expect, it } from 'vitest';
import { FbcoopError } from '../../src/errors.js';
import { parseGlossary } from '../../src/terms/index.js';

function error(text: string, path = 'g.csv'): string {
  try {
    parseGlossary(text, path);
  } catch (e) {
    expect(e).toBeInstanceOf(FbcoopError);
    expect((e as FbcoopError).code).toBe('E_GLOSSARY');
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('CSV and TSV glossaries', () => {
  it('reads a header of languages, synonyms separated by |, first preferred, ! forbidden', () => {
    const g = parseGlossary('fr,en,nl\néquipe commune d’enquête|ECE,joint investigation team|JIT|!joint inquiry team,gemeenschappelijk onderzoeksteam\n', 'g.csv');
    expect(g.languages).toEqual(['en', 'fr', 'nl']);
    expect(g.concepts).toHaveLength(1);
    expect(g.concepts[0].line).toBe(2);
    expect(g.concepts[0].terms.en).toEqual([
      { text: 'joint investigation team', status: 'preferred' },
      { text: 'JIT', status: 'admitted' },
      { text: 'joint inquiry team', status: 'forbidden' },
    ]);
    expect(g.concepts[0].terms.nl).toEqual([{ text: 'gemeenschappelijk onderzoeksteam', status: 'preferred' }]);
  });

  it('reads TSV, semicolons, quoted cells with commas, region subtags and descriptive columns', () => {
    const tsv = parseGlossary('de\ten-GB\tnote\ngemeinsame Ermittlungsgruppe\tjoint investigation team\tEU law\n', 'g.tsv');
    expect(tsv.languages).toEqual(['de', 'en']);
    expect(tsv.concepts[0].terms.de[0].text).toBe('gemeinsame Ermittlungsgruppe');
    const semi = parseGlossary('fr;en\ncoopération policière;police cooperation\n', 'g.csv');
    expect(semi.concepts[0].terms.en[0].text).toBe('police cooperation');
    const quoted = parseGlossary('fr,en,count\n"sécurité, liberté et justice","security, freedom and justice",3\r\n', 'g.csv');
    expect(quoted.concepts[0].terms.fr[0].text).toBe('sécurité, liberté et justice');
  });

  it('skips blank lines and counts lines as the file has them', () => {
    const g = parseGlossary('\uFEFFfr,en\n\nterrorisme,terrorism\n\nfrontière,border\n', 'g.csv');
    expect(g.concepts.map((c) => c.line)).toEqual([3, 5]);
  });

  it.each([
    ['a header that is not languages', 'term,translation\na,b\n', 'g.csv: line 1: header column 1 "term" is not a language code'],
    ['one language only', 'fr\nterrorisme\n', 'g.csv: line 1: header names 1 language: a glossary needs at least two'],
    ['a language twice', 'fr,en,fr-BE\na,b,c\n', 'g.csv: line 1: header: language "fr" appears twice'],
    ['too many cells', 'fr,en\na,b\nc,d,e\n', 'g.csv: line 3: 3 cells but the header has 2 columns'],
    ['an unclosed quote', 'fr,en\na,b\n"c,d\ne,f\n', 'g.csv: line 3: a quoted cell is never closed'],
    ['an empty synonym', 'fr,en\na||b,c\n', 'g.csv: line 2: column fr: an empty term'],
    ['a row with no term', 'fr,en\n,\n', 'g.csv: line 2: a row with no term in any language'],
    ['an empty file', '  \n', 'g.csv: line 1: empty glossary'],
  ])('%s: one line naming the file, the line and the problem', (_, text, message) => {
    expect(error(text)).toContain(message);
  });
});

const TBX_BASIC = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="ece">
        <langSet xml:lang="fr">
          <tig><term>équipe commune d'enquête</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        </langSet>
        <langSet xml:lang="en">
          <tig><term>joint investigation team</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <ntig><termGrp><term>JIT</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termGrp></ntig>
          <tig><term>joint inquiry team</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
          <tig><term>joint <hi>enquiry</hi> team &amp; co</term><termNote type="normativeAuthorization">supersededTerm</termNote></tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

const TBX_V3_DCA = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="c1">
        <langSec xml:lang="nl">
          <termSec><term>gemeenschappelijk onderzoeksteam</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        </langSec>
        <langSec xml:lang="de">
          <termSec><term>gemeinsame Ermittlungsgruppe</term></termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

const TBX_V3_DCT = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <text><body>
    <conceptEntry id="c7">
      <langSec xml:lang="fr"><termSec><term>lutte antiterroriste</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>anti-terrorism</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term>counter-terrorism</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

describe('TBX glossaries', () => {
  it('reads TBX-Basic (martif): tig and ntig, administrativeStatus and normativeAuthorization, inline markup', () => {
    const g = parseGlossary(TBX_BASIC, 'g.tbx');
    expect(g.languages).toEqual(['en', 'fr']);
    expect(g.concepts[0]).toMatchObject({ id: 'ece', line: 6 });
    expect(g.concepts[0].terms.en).toEqual([
      { text: 'joint investigation team', status: 'preferred' },
      { text: 'joint inquiry team', status: 'forbidden' },
      { text: 'joint enquiry team & co', status: 'forbidden' },
      { text: 'JIT', status: 'admitted' },
    ]);
  });

  it('reads TBX v3 in DCA style (termNote) and DCT style (namespaced elements); a term without status is admitted', () => {
    const dca = parseGlossary(TBX_V3_DCA, 'g.tbx');
    expect(dca.languages).toEqual(['de', 'nl']);
    expect(dca.concepts[0].terms.de).toEqual([{ text: 'gemeinsame Ermittlungsgruppe', status: 'admitted' }]);
    const dct = parseGlossary(TBX_V3_DCT, 'g.tbx');
    expect(dct.concepts[0].terms.en).toEqual([
      { text: 'anti-terrorism', status: 'forbidden' },
      { text: 'counter-terrorism', status: 'preferred' },
    ]);
  });

  it.each([
    ['malformed XML', TBX_BASIC.replace('</tig>', ''), /^g\.tbx: line \d+: not well-formed XML/],
    ['a langSet without xml:lang', TBX_BASIC.replace('<langSet xml:lang="fr">', '<langSet>'), /^g\.tbx: line 6: a langSet without xml:lang/],
    ['a bad language', TBX_V3_DCA.replace('xml:lang="de"', 'xml:lang="German"'), /^g\.tbx: line 6: xml:lang="German" is not a language code/],
    ['an empty term', TBX_V3_DCA.replace('<term>gemeinsame Ermittlungsgruppe</term>', '<term> </term>'), /^g\.tbx: line 6: an empty <term>/],
    ['no entries', '<tbx><text><body></body></text></tbx>', /^g\.tbx: line 1: no <termEntry> or <conceptEntry>/],
    ['another XML file', '<html><body/></html>', /^g\.tbx: line 1: not a TBX termbase/],
  ])('%s: one line naming the file, the line and the problem', (_, text, message) => {
    expect(error(text, 'g.tbx')).toMatch(message);
  });
});
