/** `segment --format txt`: the clean text a CAT tool gets, one segment per line or one paragraph per block. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED, tempDir } from '../helpers/cli.js';
import { formatSegments } from '../../src/report/index.js';
import { prepare } from '../../src/pipeline.js';
import { readDocument } from '../../src/ingest/index.js';

describe('segment --format txt', () => {
  it('writes each segment on its own line: reflowed, repaired, furniture left out', () => {
    const dir = tempDir();
    const file = join(dir, 'wrapped.txt');
    writeFileSync(file, 'Page 1\n\nA l?invitation de la France, les ministres se sont\nréunis aujourd’hui. Ils ont salué la coopération.\n\nUn second paragraphe.\n');
    const r = fbcoop(['segment', file, '--format', 'txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('A l’invitation de la France, les ministres se sont réunis aujourd’hui.\nIls ont salué la coopération.\nUn second paragraphe.\n');
  });

  it('--paragraphs writes one paragraph per block, blocks separated by a blank line', () => {
    const dir = tempDir();
    const file = join(dir, 'p.txt');
    writeFileSync(file, 'Titre\n\nPremière phrase. Deuxième phrase.\n\nUn autre paragraphe.\n');
    const r = fbcoop(['segment', file, '--format', 'txt', '--paragraphs']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n\n')).toHaveLength(3);
    expect(r.stdout).toContain('Première phrase. Deuxième phrase.\n');
  });

  it('has as many lines as segments, each the segment’s text (what align’s TMX units hold)', () => {
    const doc = prepare(readDocument(SEED.fr));
    const out = formatSegments(doc, 'txt');
    expect(out.split('\n').slice(0, -1)).toEqual(doc.segments.map((s) => s.text));
  });
});
