/**
 * `align --format xliff`: XLIFF 2.0, and 1.2 read back by translate-toolkit (Debian's
 * python3-translate; that test is skipped with a note where it is not installed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED, tempDir } from '../helpers/cli.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false, isArray: (name) => ['unit', 'note', 'trans-unit'].includes(name) });

/** A Python that can import translate-toolkit, or undefined. */
function toolkitPython(): string | undefined {
  for (const py of ['/usr/bin/python3', 'python3']) {
    const r = spawnSync(py, ['-c', 'import translate.storage.factory'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  return undefined;
}
const python = toolkitPython();
if (!python) console.warn('note: translate-toolkit (python3-translate) not installed; the XLIFF 1.2 read-back test is skipped');

describe('align --format xliff (2.0)', () => {
  const r = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'xliff']);
  it('is well-formed XLIFF 2.0 with both languages and one unit per translation unit', () => {
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const x = parser.parse(r.stdout).xliff;
    expect(x).toMatchObject({ '@_xmlns': 'urn:oasis:names:tc:xliff:document:2.0', '@_version': '2.0', '@_srcLang': 'fr', '@_trgLang': 'en' });
    const units = x.file.unit;
    expect(units.length).toBeGreaterThan(45);
    expect(units.every((u: { segment: { source: string; target: string } }) => u.segment.source.length > 0 && u.segment.target.length > 0)).toBe(true);
  });

  it('marks unsure units for review and puts the date error on the unit that holds it', () => {
    const units = parser.parse(r.stdout).xliff.file.unit as Array<{ notes: { note: Array<Record<string, string>> }; segment: Record<string, string> }>;
    const unsure = units.filter((u) => u.segment['@_subState'] === 'fbcoop:unsure');
    expect(unsure.length).toBeGreaterThan(0);
    expect(unsure.every((u) => u.segment['@_state'] === 'initial')).toBe(true);
    const dated = units.find((u) => u.segment.target.includes('27 February 2017'));
    const note = dated?.notes.note.find((n) => n['@_category'] === 'fbcoop:date-mismatch');
    expect(note?.['@_priority']).toBe('1');
    expect(note?.['#text']).toContain('2018');
  });
});

describe.skipIf(!python)('align --format xliff --xliff-version 1.2, read by translate-toolkit', () => {
  it('gives translate-toolkit the units, their review states and the findings as notes', () => {
    const file = join(tempDir(), 'review.xlf');
    const r = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'xliff', '--xliff-version', '1.2', '-o', file]);
    expect(r.code).toBe(0);
    const script = `
import json, sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(json.dumps([{"source": u.source, "target": u.target, "state": u.get_state_n(), "fuzzy": u.isfuzzy(), "notes": u.getnotes()} for u in units]))
`;
    const py = spawnSync(python!, ['-c', script, file], { encoding: 'utf8' });
    expect(py.stderr).toBe('');
    const units = JSON.parse(py.stdout) as Array<{ source: string; target: string; state: number; notes: string }>;
    expect(units.length).toBeGreaterThan(45);
    expect(units[0].source).toMatch(/^A l’invitation de la France/);
    expect(units[0].target).toMatch(/^On the invitation of France/);
    const states = new Set(units.map((u) => u.state));
    expect(states.size).toBe(2); // translated, and needs review
    const dated = units.find((u) => u.target.includes('27 February 2017'));
    expect(dated?.notes).toContain('date-mismatch (error)');
  });
});
