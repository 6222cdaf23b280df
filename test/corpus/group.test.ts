import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/index.js';
import { CORPUS, ONE_LANGUAGE, SEED, readAll, txtFiles } from './helpers.js';

describe('checkCorpus: grouping the seed corpus', async () => {
  const { documents } = readAll(txtFiles(CORPUS));
  const report = await checkCorpus(documents, []);

  it('puts the three 2018 versions in one group and the other two texts alone', () => {
    const sets = report.groups.map((g) => g.members.slice().sort());
    expect(sets).toContainEqual([SEED.enA, SEED.enB, SEED.fr].sort());
    expect(sets).toContainEqual([SEED.nl]);
    expect(sets).toContainEqual([SEED.article]);
    expect(report.groups).toHaveLength(3);
  });

  it('names groups g1… in path order and lists each group\'s languages', () => {
    expect(report.groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    const trio = report.groups.find((g) => g.members.includes(SEED.fr))!;
    expect(trio.languages).toEqual(['en', 'fr']);
  });

  it('picks the French original as the reference of the 2018 group, and says why', () => {
    const trio = report.groups.find((g) => g.members.includes(SEED.fr))!;
    expect(trio.reference).toBe(SEED.fr);
    expect(trio.reason).toMatch(/agree|minority/);
  });

  it('a document alone is its own reference and still gets the one-document checks', () => {
    const nl = report.groups.find((g) => g.members.includes(SEED.nl))!;
    expect(nl.reference).toBe(SEED.nl);
    expect(nl.reason).toMatch(/only version/);
    // The French original repeats a bullet: found even though it is checked within its group.
    expect(report.findings.some((f) => f.rule === 'duplicate' && f.source?.path === SEED.fr)).toBe(true);
  });

  it('reports the same on worker threads as in-process, with progress up to the last task', async () => {
    const seen: [number, number][] = [];
    const threaded = await checkCorpus(documents, [], { workers: 2, onProgress: (done, total) => seen.push([done, total]) });
    expect(threaded).toEqual(report);
    // 5 documents prepared, then checked alone, and 3 pairs.
    expect(seen.at(-1)).toEqual([13, 13]);
    expect(seen.every(([done, total], i) => done <= total && (i === 0 || done >= seen[i - 1][0]))).toBe(true);
  });

  it('lists every document once, in path order', () => {
    expect(report.documents.map((d) => d.path)).toEqual(txtFiles(CORPUS));
  });
});

describe('checkCorpus: choosing the reference', () => {
  const { documents } = readAll([SEED.fr, SEED.enA, SEED.enB]);

  it('--source overrides the reasoned default', async () => {
    const report = await checkCorpus(documents, [], { sourcePath: SEED.enA });
    expect(report.groups[0].reference).toBe(SEED.enA);
    expect(report.groups[0].reason).toBe('given by --source');
  });

  it('the configuration can name the reference by language or by file', async () => {
    const byLang = await checkCorpus(documents, [], { reference: { language: 'en' } });
    expect([SEED.enA, SEED.enB]).toContain(byLang.groups[0].reference);
    expect(byLang.groups[0].reason).toMatch(/configuration \(reference.language = en\)/);
    const byFile = await checkCorpus(documents, [], { reference: [{ file: 'nowhere.txt' }, { file: '2018-06-11_val-duchesse-ii_en-b.txt' }] });
    expect(byFile.groups[0].reference).toBe(SEED.enB);
  });

  it('a language the group lacks falls back to the default choice', async () => {
    const report = await checkCorpus(documents, [], { reference: { language: 'de' } });
    expect(report.groups[0].reference).toBe(SEED.fr);
  });
});

describe('checkCorpus: a corpus in one language', () => {
  it('groups two drafts and reports what changed between them', async () => {
    const { documents } = readAll(txtFiles(ONE_LANGUAGE));
    const report = await checkCorpus(documents, []);
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].languages).toEqual(['en']);
    expect(report.groups[0].members).toHaveLength(2);
    const rules = new Set(report.findings.map((f) => f.rule));
    expect(rules.has('number-mismatch') || rules.has('text-change')).toBe(true);
    expect(report.findings.some((f) => f.rule === 'duplicate')).toBe(true);
  });
});
