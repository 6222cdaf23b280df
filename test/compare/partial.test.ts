/** Partial divergence inside an aligned pair: a clause with no counterpart, a sentence put in another's place. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { binomialTail } from '../../src/compare/partial.js';
import { decodeDocument } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import { fbcoop } from '../helpers/cli.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

const CASE = resolve(import.meta.dirname, '../../fixtures/cases/compare-clause-dropped-fr-en');
const read = (file: string) => decodeDocument(readFileSync(resolve(CASE, file)), file);
const partial = (rule: string) => (f: { rule: string; message: string }) => f.rule === rule && /part of|share next to no/.test(f.message);

/** Faithful fr/en pairs around the one under test, so the document's own norms apply. */
const FR = [
  'Les ministres de l’Intérieur de la France et de la Belgique se sont réunis à Bruxelles.',
  'Ils ont examiné la coopération policière entre les deux pays dans la région frontalière.',
  'La réunion a permis de renforcer les échanges d’informations sur les réseaux criminels organisés.',
  'Ils ont également salué le travail des agents des douanes dans les ports et les aéroports.',
  'Une nouvelle réunion se tiendra à Paris au cours du second semestre.',
];
const EN = [
  'The Interior Ministers of France and Belgium met in Brussels.',
  'They examined police cooperation between the two countries in the border region.',
  'The meeting strengthened the exchange of information on organised criminal networks.',
  'They also praised the work of customs officers in ports and airports.',
  'A new meeting will be held in Paris in the second half of the year.',
];

function findingsWith(fr: string, en: string) {
  return compare(makeAlignment(makeDoc('fr', [...FR, fr]), makeDoc('en', [...EN, en])), only('omission', 'addition'));
}

describe('partial divergence', () => {
  it('reports a clause the target leaves out, quoting it, at its lines (end to end, real files)', () => {
    const { report } = analyze(read('source.txt'), read('target.txt'));
    const [f] = report.findings.filter(partial('omission'));
    expect(f).toMatchObject({ rule: 'omission', severity: 'warning', source: { line: 7 }, target: { line: 7 } });
    expect(f.message).toContain('qui sera dirigée par un magistrat belge');
    // The quoted span is where the finding points.
    const text = readFileSync(resolve(CASE, 'source.txt'), 'utf8');
    expect(text.slice(f.source!.start, f.source!.end)).toContain('magistrat belge');
  });

  it('reports a clause the target adds as an addition', () => {
    const f = findingsWith(
      'Les deux ministres ont décidé de créer une équipe commune d’enquête sur le trafic de stupéfiants.',
      'The two ministers decided to create a joint investigation team on drug trafficking, which a Belgian magistrate will lead with considerable technical means and staff seconded from both police forces.',
    ).filter(partial('addition'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/magistrate/);
  });

  it('reports a sentence put in the place of another once, as an omission naming both sides', () => {
    const f = findingsWith(
      'Les deux ministres ont décidé de créer une équipe commune d’enquête sur le trafic de stupéfiants.',
      'Weather permitting, the delegations will then visit the harbour and have lunch with the mayor on the quay.',
    ).filter(partial('omission'));
    expect(f).toHaveLength(1);
    // The sixth segment of each side, on the same line of both made-up documents.
    expect(f[0].source?.line).toBe(f[0].target?.line);
    expect(f[0].message).toContain('Les deux ministres ont décidé');
  });

  it('says nothing of faithful translations, even worded loosely', () => {
    expect(findingsWith(
      'Les deux ministres ont décidé de créer une équipe commune d’enquête sur le trafic de stupéfiants.',
      'Both ministers agreed to set up a joint investigation team to fight drug trafficking.',
    ).filter((f) => /part of|share next to no/.test(f.message))).toEqual([]);
  });

  it('leaves same-language pairs to the word diff', () => {
    const doc = (extra: string) => makeDoc('en', [...EN, `The two ministers decided to create a joint team${extra}.`]);
    const f = compare(makeAlignment(doc(''), doc(', which a Belgian magistrate will lead with considerable technical means')), only('omission', 'addition'));
    expect(f.filter((x) => /part of|share next to no/.test(x.message))).toEqual([]);
  });

  it('computes binomial tails', () => {
    expect(binomialTail(0, 10, 0.5)).toBeCloseTo(1 / 1024, 10);
    expect(binomialTail(10, 10, 0.3)).toBeCloseTo(1, 10);
    expect(binomialTail(2, 400, 0.45)).toBeLessThan(1e-90);
  });
});

describe('fbcoop diff (spawned) on a dropped clause', () => {
  it('prints the omission with the clause quoted and exits 1 at --fail-on warning', () => {
    const r = fbcoop(['diff', resolve(CASE, 'source.txt'), resolve(CASE, 'target.txt'), '--format', 'json', '--fail-on', 'warning']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; message: string; source?: { line: number } }[] };
    const f = report.findings.filter((x) => x.rule === 'omission');
    expect(f.map((x) => [x.severity, x.source?.line])).toEqual([['warning', 7]]);
    expect(f[0].message).toContain('magistrat belge');
  });
});
