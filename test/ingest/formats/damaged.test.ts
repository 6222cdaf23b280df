import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/ingest/formats/docx.js';
import { readOdt } from '../../../src/ingest/formats/odt.js';
import { readPdf } from '../../../src/ingest/formats/pdf.js';
import { FbcoopError } from '../../../src/errors.js';

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/formats/${path}`, import.meta.url)));

/** Deterministic damage: cut at `n` places, and overwrite 16 bytes at `n` others (a small LCG, so a failure replays). */
function damaged(bytes: Uint8Array, n: number): Uint8Array[] {
  let seed = 12345;
  const next = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const out: Uint8Array[] = [];
  for (let i = 0; i < n; i++) out.push(bytes.slice(0, Math.floor(next() * bytes.length)));
  for (let i = 0; i < n; i++) {
    const copy = bytes.slice();
    const at = Math.floor(next() * (copy.length - 16));
    for (let k = 0; k < 16; k++) copy[at + k] = Math.floor(next() * 256);
    out.push(copy);
  }
  return out;
}

/** A reader's outcome on bad bytes must be a reading or an FbcoopError, never another exception. */
function expectReadingOrFbcoopError(outcome: unknown): void {
  if (outcome instanceof Error) {
    expect(outcome).toBeInstanceOf(FbcoopError);
    expect(outcome.message).not.toContain('\n');
  } else {
    expect(outcome).toHaveProperty('blocks');
  }
}

describe('readers on damaged files', () => {
  it('DOCX and ODT: every cut or overwritten copy reads or fails with a one-line FbcoopError', () => {
    for (const [reader, path] of [[readDocx, 'revisions/2018-06-11_val-duchesse-ii_en-b.docx'], [readOdt, 'revisions/2018-06-11_val-duchesse-ii_en-b.odt']] as const) {
      for (const bytes of damaged(fixture(path), 25)) {
        let outcome: unknown;
        try { outcome = reader(bytes); } catch (error) { outcome = error; }
        expectReadingOrFbcoopError(outcome);
      }
    }
  });

  it('PDF: every cut or overwritten copy reads or fails with a one-line FbcoopError', async () => {
    for (const bytes of damaged(fixture('pdf-2col/2018-06-11_val-duchesse-ii_en-a.pdf'), 5)) {
      expectReadingOrFbcoopError(await readPdf(bytes).catch((error: unknown) => error));
    }
  });
});
