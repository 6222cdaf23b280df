import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/index.js';

const CASES = 'fixtures/cases';
const names = readdirSync(CASES).filter((name) => name.startsWith('ingest-'));

describe('ingest cases (fixtures/cases/ingest-*)', () => {
  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8'));
    const doc = readDocument(join(CASES, name, 'source.txt'));
    expect({ encoding: doc.encoding, notes: doc.notes, value: doc.value, lineStarts: doc.lineStarts }).toEqual(expected);
  });
});
