/**
 * A dropped list item on lines with no blank lines between them: the items
 * after the gap must pair with their own counterparts (not their neighbours),
 * whether the list is numbered or bulleted.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, prepare, readDocument } from '../../src/index.js';
import { fbcoop, ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'fixtures/cases/align-dropped-item-fr-en');

describe.each(['numbered', 'bullets'])('an item dropped from a %s list', (style) => {
  const fr = join(DIR, `fr-${style}.txt`);
  const en = join(DIR, `en-${style}.txt`);

  it('leaves the dropped item unpaired and pairs the others 1-1', () => {
    const beads = align(prepare(readDocument(fr)), prepare(readDocument(en)));
    expect(beads.map((b) => `${b.source}:${b.target}`)).toEqual(['0:0', '1:1', '2:2', '3:', '4:3', '5:4', '6:5']);
  });

  it('is the one thing diff reports, at the line of the dropped item', () => {
    const r = fbcoop(['diff', fr, en, '--format', 'json']);
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; source?: { line: number } }>;
    expect(findings.map((f) => [f.rule, f.source?.line])).toEqual([['omission', 4]]);
  });
});
