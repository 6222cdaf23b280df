/** Formats are chosen by content: magic bytes, the XML root element, the HTML doctype, Markdown cues. */
import { describe, expect, it } from 'vitest';
import { detectBinary, detectText } from '../../../src/ingest/formats/detect.js';

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('detectText', () => {
  const cases: [string, string, string][] = [
    ['<!DOCTYPE html>\n<p>Hello</p>', 'page.txt', 'html'],
    ['  <html lang="fr"><body><p>Bonjour</p></body></html>', 'x', 'html'],
    ['<?xml version="1.0"?>\n<!-- a comment -->\n<xliff version="1.2"><file/></xliff>', 'units.xml', 'xliff'],
    ['<?xml version="1.0"?><xliff:xliff xmlns:xliff="urn:oasis:names:tc:xliff:document:2.0"/>', 'a', 'xliff'],
    ['<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><body/></tmx>', 'memory.xml', 'tmx'],
    ['---\ntitle: Communiqué\nlang: fr\n---\n\nTexte.\n', 'notes.txt', 'markdown'],
    ['# Title\n\nSome text.\n', 'README.md', 'markdown'],
    // The same cue in a .txt file is plain text: `#` starts many a plain line.
    ['# Title\n\nSome text.\n', 'notes.txt', 'text'],
    ['A line.\n---\nAnother.\n', 'notes.md', 'markdown'],
    ['Le 27 février 2018, les ministres…\n', 'communique.md', 'text'],
    ['Plain text with a <tag> inside.\n', 'a.txt', 'text'],
  ];
  it.each(cases)('%j named %s is %s', (value, path, format) => {
    expect(detectText(value, path)).toEqual({ format });
  });

  it('an XML document of another kind is not read, with its root named', () => {
    expect(detectText('<?xml version="1.0"?>\n<project><version>1.2</version></project>', 'pom.xml')).toEqual({
      unsupported: 'XML document with root <project>, not a format fbcoop reads',
    });
  });
});

describe('detectBinary', () => {
  it('PDF by its signature', () => expect(detectBinary(bytes('%PDF-1.7\n…'))).toEqual({ format: 'pdf' }));
  it('DOCX: a ZIP archive naming word/document.xml', () => {
    expect(detectBinary(bytes('PK\x03\x04\x14\x00[Content_Types].xml…word/document.xml…'))).toEqual({ format: 'docx' });
  });
  it('ODT: a ZIP archive whose stored mimetype is an OpenDocument text', () => {
    expect(detectBinary(bytes('PK\x03\x04\x0a\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text'))).toEqual({ format: 'odt' });
  });
  it('another ZIP archive, an OpenDocument spreadsheet, an old .doc: unsupported, said why', () => {
    expect(detectBinary(bytes('PK\x03\x04xl/workbook.xml'))).toEqual({ unsupported: 'ZIP archive that is not a DOCX or ODT document' });
    expect(detectBinary(bytes('PK\x03\x04\x0a\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toHaveProperty('unsupported');
    expect(detectBinary(bytes('\xd0\xcf\x11\xe0\xa1\xb1'))).toHaveProperty('unsupported');
  });
  it('text is no binary format', () => expect(detectBinary(bytes('Hello'))).toBeUndefined());
});
