import { describe, expect, it } from 'vitest';
import { BoundedBytes, formatSize, parseSize } from '../../src/ingest/bounded.js';
import { isOwnReport } from '../../src/ingest/own-report.js';

describe('BoundedBytes', () => {
  it('collects chunks up to the limit, then refuses with the limit and the option named', () => {
    const sink = new BoundedBytes('-', 10);
    sink.add(Buffer.from('hello'));
    sink.add(Buffer.from('world'));
    expect(Buffer.from(sink.bytes()).toString()).toBe('helloworld');
    expect(() => sink.add(Buffer.from('!'))).toThrow(/<stdin>: more than 10 bytes .*--max-input/);
  });

  it('refuses plainly binary bytes from the first chunk, but not UTF-16', () => {
    expect(() => new BoundedBytes('/dev/zero').add(new Uint8Array(65536))).toThrow('/dev/zero: binary file (NUL bytes), not text');
    const utf16 = Buffer.from('\ufeffBonjour le monde. '.repeat(1000), 'utf16le');
    const sink = new BoundedBytes('-');
    sink.add(utf16);
    expect(sink.bytes().length).toBe(utf16.length);
  });
});

describe('sizes', () => {
  it.each([['512M', 512 * 2 ** 20], ['2G', 2 ** 31], ['64k', 65536], ['1000', 1000], ['1.5MB', 1.5 * 2 ** 20]])('%s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });
  it('rejects what is not a size', () => {
    expect(parseSize('lots')).toBeUndefined();
    expect(parseSize('0')).toBeUndefined();
  });
  it('prints sizes in binary units', () => {
    expect(formatSize(256 * 2 ** 20)).toBe('256 MB');
    expect(formatSize(1536)).toBe('1.5 KB');
  });
});

describe('isOwnReport', () => {
  const head = (text: string) => Buffer.from(text);
  it.each([
    ['check', '5 documents in 3 groups of versions\n\nGroup g1: 1 version (en)\n'],
    ['diff', 'a.txt (fr, 51 segments) ↔ b.txt (en, 1 segment)\n\nnumber-mismatch (2 errors)\n'],
    ['align', 'source: a.txt (fr, 51 segments)\ntarget: b.txt (en, 51 segments)\n┌──┐\n'],
    ['segment', '┌─────┬─────────┐\n│ id  │ section │ kind     │ lines   │ text   │\n'],
    ['github', '::error file=a.txt,line=3,endLine=3,col=1,title=fbcoop date-mismatch::date differs\n'],
    ['beads', '[0]:[0]:0.617365\n[1]:[1,2]:0.5\n'],
    ['coloured check', '\u001b[1m5 documents in 3 groups of versions\u001b[22m\n'],
  ])('recognises a %s report', (_, text) => {
    expect(isOwnReport(head(text))).toBe(true);
  });

  it.each([
    'The Council met on 12 March 2021 (fr, 3 segments).\n',
    'source: the 2019 budget (en, 4 segments)\nand more text\n',
    '5 documents in 3 groups of versions were sent to the ministers.\n',
  ])('leaves a document that merely resembles one: %s', (text) => {
    expect(isOwnReport(head(text))).toBe(false);
  });
});
