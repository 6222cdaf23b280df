/** Blame on the version that departs (issue 12.5): the reference and one version agree, a third differs. */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/index.js';
import { decodeDocument } from '../../src/ingest/index.js';
import type { Finding } from '../../src/types.js';
import { CORPUS, SEED, readAll, txtFiles } from './helpers.js';

const FR = `Réunion intergouvernementale franco-belge du 12 mars 2019

Les ministres Christophe Castaner et Pieter De Crem se sont réunis à Bruxelles le 12 mars 2019.

Ils ont décidé de financer 45 nouveaux projets communs dans les régions frontalières.

Depuis le 1er janvier 2018, 1 200 policiers ont participé aux patrouilles mixtes entre Lille et Courtrai.

Le centre de coopération de Tournai traitera 3 500 demandes par an à partir de 2020.

Ils se retrouveront à Lille le 4 octobre 2019 pour faire le point sur ces projets.
`;
const EN_KEEPS = `Franco-Belgian intergovernmental meeting of 12 March 2019

Ministers Christophe Castaner and Pieter De Crem met in Brussels on 12 March 2019.

They decided to fund 45 new joint projects in the border regions.

Since 1 January 2018, 1,200 police officers have taken part in the joint patrols between Lille and Kortrijk.

The Tournai cooperation centre will handle 3,500 requests a year from 2020.

They will meet again in Lille on 4 October 2019 to take stock of these projects.
`;
/** Two English versions: which figure each writes for the projects. */
const en = (figure: string) => EN_KEEPS.replace('fund 45 new', `fund ${figure} new`);

const doc = (path: string, text: string) => decodeDocument(new TextEncoder().encode(text), path);
const figureFindings = (findings: Finding[]) => findings.filter((f) => f.rule === 'number-mismatch');
const on = (f: Finding, path: string) => [f.source, f.target].some((l) => l?.path === path);

describe('blame in check', () => {
  it('charges only the version that departs, and names the one that agrees with the reference', async () => {
    const report = await checkCorpus([doc('x_fr.txt', FR), doc('x_en-a.txt', en('54')), doc('x_en-b.txt', EN_KEEPS)], [], { reference: { language: 'fr' } });
    const figures = figureFindings(report.findings);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ severity: 'error', expected: '45', actual: '54' });
    expect(on(figures[0], 'x_en-a.txt')).toBe(true);
    expect(on(figures[0], 'x_en-b.txt')).toBe(false);
    expect(figures[0].note).toContain('as in the source: x_en-b.txt');
  });

  it('when both versions depart, each is charged against the reference and neither is said to agree', async () => {
    const report = await checkCorpus([doc('x_fr.txt', FR), doc('x_en-a.txt', en('54')), doc('x_en-b.txt', EN_KEEPS.replace('fund 45', 'fund 60'))], [], { reference: { language: 'fr' } });
    const figures = figureFindings(report.findings);
    expect(figures.map((f) => [f.expected, f.actual]).sort()).toEqual([['45', '54'], ['45', '60']]);
    expect(figures.every((f) => f.source?.path === 'x_fr.txt')).toBe(true);
    expect(figures.some((f) => f.note?.includes('as in the source'))).toBe(false);
  });

  it('on the seeds: 3 errors, en-b’s date and en-a’s two missing figures; en-b is not charged with en-a’s omission', async () => {
    const { documents, problems } = readAll(txtFiles(CORPUS));
    const report = await checkCorpus(documents, problems);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.target?.path, f.expected, f.actual])).toEqual([
      ['date-mismatch', SEED.enB, '2018-02-27', '2017-02-27'],
      ['number-mismatch', SEED.enA, '200', undefined],
      ['number-mismatch', SEED.enA, '100', undefined],
    ]);
    // The parenthetical en-a leaves out is charged to en-a only: en-b, which keeps it, gets no addition there.
    expect(report.findings.filter((f) => f.rule === 'addition' && f.message.includes('more than 200'))).toEqual([]);
    expect(report.findings.find((f) => f.rule === 'omission' && f.message.includes('plus de 200'))?.note).toContain(`as in the source: ${SEED.enB}`);
  });
});
