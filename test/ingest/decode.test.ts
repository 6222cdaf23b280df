import { mkdtempSync, writeFileSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDocument, readDocument, WINDOWS_1252_NOTE } from '../../src/ingest/index.js';
import { FbcoopError } from '../../src/errors.js';
import { pointAt } from '../../src/position.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units: number[] = bom ? [0xfeff] : [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    const [lo, hi] = [u & 0xff, u >> 8];
    out[2 * i] = order === 'le' ? lo : hi;
    out[2 * i + 1] = order === 'le' ? hi : lo;
  });
  return out;
}

/** The FbcoopError a call throws (fails the test when it does not throw one). */
function errorOf(fn: () => unknown): FbcoopError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FbcoopError);
    return error as FbcoopError;
  }
  throw new Error('expected an FbcoopError');
}

describe('decodeDocument: encodings', () => {
  it('reads plain UTF-8 unchanged', () => {
    const doc = decodeDocument(utf8('Édouard Philippe\nœuvre ’ 😀\n'), 'a.txt');
    expect(doc).toMatchObject({ path: 'a.txt', value: 'Édouard Philippe\nœuvre ’ 😀\n', encoding: 'utf-8', notes: [] });
    expect(doc.lineStarts).toEqual([0, 17, 28]);
  });

  it('removes a UTF-8 byte-order mark and does not count it in offsets', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titre\nDeux')]);
    const doc = decodeDocument(bytes, 'bom.txt');
    expect(doc.value).toBe('Titre\nDeux');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.value.indexOf('Deux')).toBe(6);
    expect(pointAt(doc.lineStarts, 6)).toEqual({ line: 2, column: 1, offset: 6 });
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with a byte-order mark', (order) => {
    const text = 'Réunion franco-belge\r\nœuvre 😀 fin';
    const doc = decodeDocument(utf16(text, order), 'u16.txt');
    expect(doc.value).toBe(text);
    expect(doc.encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
    expect(doc.lineStarts).toEqual([0, 22]);
    expect(doc.notes).toEqual([]);
  });

  it('reads UTF-16LE without a byte-order mark (rather than calling it binary), with a note', () => {
    const doc = decodeDocument(utf16('Hello world, plain ASCII text.\n', 'le', false), 'nobom.txt');
    expect(doc.value).toBe('Hello world, plain ASCII text.\n');
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.notes).toEqual(['no byte-order mark: read as UTF-16LE']);
  });

  it('notes damaged UTF-16 instead of failing', () => {
    const bytes = utf16('abc', 'le');
    const odd = new Uint8Array([...bytes, 0x41]);
    const doc = decodeDocument(odd, 'odd.txt');
    expect(doc.value.startsWith('abc')).toBe(true);
    expect(doc.value).toContain('\uFFFD');
    expect(doc.notes[0]).toMatch(/damaged UTF-16/);
  });

  it('keeps CRLF and lone CR line ends and numbers lines by them', () => {
    const value = 'one\r\ntwo\rthree\nfour';
    const doc = decodeDocument(utf8(value), 'mixed.txt');
    expect(doc.value).toBe(value);
    expect(doc.lineStarts).toEqual([0, 5, 9, 15]);
    expect(pointAt(doc.lineStarts, value.indexOf('three')).line).toBe(3);
    expect(pointAt(doc.lineStarts, value.indexOf('four')).line).toBe(4);
  });

  it('reads invalid UTF-8 as Windows-1252 with a note, never garbled', () => {
    // "café – l’été" in Windows-1252: é = E9, en dash = 96, right quote = 92.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6c, 0x92, 0xe9, 0x74, 0xe9]);
    const doc = decodeDocument(bytes, 'cp1252.txt');
    expect(doc.value).toBe('café – l’été');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.notes).toEqual([WINDOWS_1252_NOTE]);
    expect(WINDOWS_1252_NOTE).toBe('not valid UTF-8: read as Windows-1252');
  });

  it('maps every Windows-1252 punctuation byte, € included', () => {
    const doc = decodeDocument(new Uint8Array([0x80, 0x20, 0x85, 0x20, 0x93, 0x6f, 0x94, 0x20, 0x9c, 0x20, 0x8c]), 'punct.txt');
    expect(doc.value).toBe('€ … “o” œ Œ');
  });

  it('reads a UTF-8 byte-order mark followed by invalid UTF-8 as Windows-1252, mark removed', () => {
    const doc = decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xe9]), 'bom1252.txt');
    expect(doc.value).toBe('café');
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.notes).toEqual([WINDOWS_1252_NOTE]);
  });

  it('valid UTF-8 that merely looks like Latin-1 mojibake stays UTF-8 (repair is the segmenter’s job)', () => {
    const doc = decodeDocument(utf8('cafÃ©'), 'moji.txt');
    expect(doc.value).toBe('cafÃ©');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.notes).toEqual([]);
  });
});

describe('decodeDocument: not text', () => {
  it('rejects NUL bytes as binary, naming the file', () => {
    const e = errorOf(() => decodeDocument(new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01, 0x02]), 'a.bin'));
    expect(e.code).toBe('E_INPUT_BINARY');
    expect(e.message).toBe('a.bin: binary file (NUL bytes), not text');
  });

  it('rejects a PDF by its signature', () => {
    const e = errorOf(() => decodeDocument(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'report.pdf'));
    expect(e.code).toBe('E_INPUT_BINARY');
    expect(e.message).toBe('report.pdf: binary file (PDF document), not text');
  });

  it('rejects control-character-heavy bytes', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(errorOf(() => decodeDocument(bytes, 'ctl.dat')).message).toBe('ctl.dat: binary file (control characters), not text');
  });

  it('accepts form feeds and tabs (PDF extractions have them)', () => {
    expect(decodeDocument(utf8('page one\f\tpage two'), 'ff.txt').value).toBe('page one\f\tpage two');
  });

  it('rejects an empty file', () => {
    const e = errorOf(() => decodeDocument(new Uint8Array(), 'empty.txt'));
    expect(e.code).toBe('E_INPUT_EMPTY');
    expect(e.message).toBe('empty.txt: empty file');
  });

  it('rejects a whitespace-only file, including no-break spaces and a lone BOM', () => {
    for (const bytes of [utf8('  \n\t\r\n'), utf8('\u00a0 \n'), new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]) {
      const e = errorOf(() => decodeDocument(bytes, 'empty.txt'));
      expect(e.code).toBe('E_INPUT_EMPTY');
      expect(e.message).toBe('empty.txt: no text (only whitespace)');
    }
  });
});

describe('readDocument', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fbcoop-ingest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a seed file byte for byte', () => {
    const doc = readDocument('fixtures/corpus/2018-06-11_val-duchesse-ii_fr.txt');
    expect(doc.path).toBe('fixtures/corpus/2018-06-11_val-duchesse-ii_fr.txt');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.value).toContain('l?invitation');
    expect(doc.lineStarts.length).toBeGreaterThan(20);
  });

  it('names a missing file', () => {
    const e = errorOf(() => readDocument('fixtures/x.txt'));
    expect(e.code).toBe('E_INPUT_NOT_FOUND');
    expect(e.message).toBe('fixtures/x.txt: no such file');
  });

  it('refuses a directory', () => {
    mkdirSync(join(dir, 'docs'));
    const e = errorOf(() => readDocument(join(dir, 'docs')));
    expect(e.code).toBe('E_INPUT_DIRECTORY');
    expect(e.message).toBe(`${join(dir, 'docs')}: is a directory (give a file)`);
  });

  it('reports binary and empty files read from disk', () => {
    writeFileSync(join(dir, 'a.bin'), new Uint8Array([1, 0, 2, 0, 0, 0, 7]));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(errorOf(() => readDocument(join(dir, 'a.bin'))).code).toBe('E_INPUT_BINARY');
    expect(errorOf(() => readDocument(join(dir, 'empty.txt'))).message).toBe(`${join(dir, 'empty.txt')}: empty file`);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'hidden');
    chmodSync(file, 0o000);
    const e = errorOf(() => readDocument(file));
    expect(e.code).toBe('E_INPUT_UNREADABLE');
    expect(e.message).toBe(`${file}: cannot read (permission denied)`);
  });

  it('reads standard input through options.stdin, with path "-"', () => {
    const doc = readDocument('-', { stdin: () => utf8('De ministers\r\nzijn bijeengekomen') });
    expect(doc.path).toBe('-');
    expect(doc.value).toBe('De ministers\r\nzijn bijeengekomen');
    expect(doc.lineStarts).toEqual([0, 14]);
  });

  it('names empty standard input as <stdin>', () => {
    const e = errorOf(() => readDocument('-', { stdin: () => new Uint8Array() }));
    expect(e.code).toBe('E_INPUT_EMPTY');
    expect(e.message).toBe('<stdin>: empty input');
    expect(errorOf(() => readDocument('-', { stdin: () => utf8(' \n') })).message).toBe('<stdin>: no text (only whitespace)');
  });

  it('reads a large file whole (about 50 MB)', () => {
    const line = 'Les Premiers ministres se sont réunis aujourd’hui à Paris.\r\n';
    const file = join(dir, 'big.txt');
    writeFileSync(file, line.repeat(Math.ceil(50e6 / Buffer.byteLength(line))));
    const doc = readDocument(file);
    expect(doc.value.length).toBeGreaterThan(45e6);
    expect(doc.lineStarts.length).toBe(Math.ceil(50e6 / Buffer.byteLength(line)) + 1);
    rmSync(file);
  });
});
