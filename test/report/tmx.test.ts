/** `align --format tmx`: TMX 1.4b read back with a real XML parser. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatAlignment } from '../../src/report/index.js';
import { sampleAlignment } from './samples.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'tu' || name === 'tuv',
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).tmx;
}

describe('align --format tmx', () => {
  const alignment = sampleAlignment();
  const xml = formatAlignment(alignment, 'tmx', { toolVersion: '1.2.3' });
  const tmx = parse(xml);

  it('is a TMX 1.4 document with the required header attributes', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(tmx['@_version']).toBe('1.4');
    expect(tmx.header).toMatchObject({
      '@_creationtool': 'fbcoop', '@_creationtoolversion': '1.2.3', '@_segtype': 'sentence',
      '@_o-tmf': 'fbcoop', '@_adminlang': 'en', '@_srclang': 'fr', '@_datatype': 'plaintext',
    });
  });

  it('has one unit per bead with both sides, in order, languages from the documents', () => {
    const tus = tmx.body.tu;
    expect(tus.map((tu: Record<string, string>) => tu['@_tuid'])).toEqual(['1', '2', '3', '4', '5']);
    const prop = (tu: { prop: Array<Record<string, string>> }, type: string) => tu.prop.find((p) => p['@_type'] === type)?.['#text'];
    expect(tus.map((tu: { prop: Array<Record<string, string>> }) => prop(tu, 'x-fbcoop-bead'))).toEqual(['1', '2', '3', '4', '7']);
    for (const tu of tus) {
      expect(tu.tuv.map((t: Record<string, string>) => t['@_xml:lang'])).toEqual(['fr', 'en']);
    }
    expect(prop(tus[3], 'x-fbcoop-score')).toBe('0.740000');
    // Two French segments against one short English sentence: nothing to cut, kept whole and said so.
    expect(prop(tus[3], 'x-fbcoop-merged')).toBe('whole');
    expect(prop(tus[0], 'x-fbcoop-merged')).toBeUndefined();
    expect(tus.map((tu: { prop: Array<Record<string, string>> }) => prop(tu, 'x-fbcoop-sure'))).toEqual(['yes', 'yes', 'yes', 'yes', 'no']);
    expect(tus[3].tuv[0].seg).toBe('Financement : 200 millions d’euros et 100 millions pour la Belgique.');
  });

  it('round-trips texts with &, <, >, quotes, apostrophes and non-ASCII', () => {
    const a = sampleAlignment();
    const tricky = 'AT&T <b>bold</b> & "quotes" \'apos\' ]]> &amp; « é » 日本語 🙂';
    a.source.segments[0].text = tricky;
    a.target.segments[0].text = 'x < y && y > z';
    const tu = parse(formatAlignment(a, 'tmx')).body.tu[0];
    expect(tu.tuv[0].seg).toBe(tricky);
    expect(tu.tuv[1].seg).toBe('x < y && y > z');
  });

  it('stays well-formed when a text holds characters XML cannot carry', () => {
    const a = sampleAlignment();
    a.source.segments[0].text = 'bad\u0001byte \uD800 here';
    const tu = parse(formatAlignment(a, 'tmx')).body.tu[0];
    expect(tu.tuv[0].seg).toBe('bad\uFFFDbyte \uFFFD here');
  });

  it('writes und for an undetermined document rather than dropping its units', () => {
    const a = sampleAlignment();
    a.target.lang = 'und';
    const tus = parse(formatAlignment(a, 'tmx')).body.tu;
    expect(tus).toHaveLength(5);
    expect(tus[0].tuv[1]['@_xml:lang']).toBe('und');
  });

  it('is still a valid document when no bead has both sides', () => {
    const a = sampleAlignment();
    const tmx2 = parse(formatAlignment({ ...a, beads: [{ source: [0], target: [], score: 0, sure: false }] }, 'tmx'));
    expect(tmx2.body === '' || tmx2.body.tu === undefined).toBe(true);
  });
});
