/**
 * Golden cases for segmentation: each `fixtures/cases/segment-*` folder holds `input.txt`,
 * optional `options.json` (SegmentOptions) and `expected.json` (segments, repairs, skipped).
 * Regenerate after a deliberate change with `FBCOOP_UPDATE_CASES=1 npx vitest run test/segment/cases`
 * and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { endLineOf } from '../../src/position.js';
import { doc, ROOT } from './doc.js';

const CASES = join(ROOT, 'fixtures/cases');
const names = readdirSync(CASES).filter((n) => n.startsWith('segment-')).sort();

/** What a case pins down: the JSON shape of the spec, plus repairs and skipped ranges. */
function summarise(name: string): unknown {
  const dir = join(CASES, name);
  const value = readFileSync(join(dir, 'input.txt'), 'utf8');
  const options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
  const d = doc(value, name);
  const r = segment(d, options);
  return {
    segments: r.segments.map((s) => ({
      id: s.id, kind: s.kind, ...(s.section ? { section: s.section } : {}), text: s.text,
      start: s.position.start.offset, end: s.position.end.offset, line: s.position.start.line, endLine: endLineOf(s.position, d.lineStarts),
    })),
    repairs: r.repairs.map(({ line, offset, from, to }) => ({ line, offset, from, to })),
    skipped: r.skipped,
  };
}

describe('segment golden cases', () => {
  it('has cases', () => expect(names.length).toBeGreaterThanOrEqual(8));
  for (const name of names) {
    it(name, () => {
      const actual = summarise(name);
      const file = join(CASES, name, 'expected.json');
      if (process.env.FBCOOP_UPDATE_CASES === '1' || !existsSync(file)) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
