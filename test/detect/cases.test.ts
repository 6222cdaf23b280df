import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/detect/index.js';
import { blocks } from './blocks.js';

const CASES = 'fixtures/cases';
const names = readdirSync(CASES).filter((name) => name.startsWith('detect-'));

describe('detect cases (fixtures/cases/detect-*, one segment per blank-line block)', () => {
  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8'));
    const result = detectLanguages(blocks(readFileSync(join(CASES, name, 'source.txt'), 'utf8')));
    expect({ lang: result.lang, segments: result.segments.map((s) => s.lang) }).toEqual(expected);
  });
});
