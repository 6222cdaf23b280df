/** Shared test helpers for corpus mode: the seeds read as the CLI reads them. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FbcoopError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/index.js';
import type { Document, Finding, Location } from '../../src/types.js';
import type { InputProblem } from '../../src/corpus/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, 'fixtures/corpus');
export const SEED = {
  fr: join(CORPUS, '2018-06-11_val-duchesse-ii_fr.txt'),
  enA: join(CORPUS, '2018-06-11_val-duchesse-ii_en-a.txt'),
  enB: join(CORPUS, '2018-06-11_val-duchesse-ii_en-b.txt'),
  nl: join(CORPUS, '2021-11-22_val-duchesse-iii_nl.txt'),
  article: join(CORPUS, '2016-02-01_euobserver-article_en.txt'),
};
export const ONE_LANGUAGE = join(ROOT, 'fixtures/cases/corpus-one-language');

/** Read files as `check` does: readable ones become documents, the others problems. */
export function readAll(paths: readonly string[]): { documents: Document[]; problems: InputProblem[] } {
  const documents: Document[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    try {
      documents.push(readDocument(path));
    } catch (error) {
      if (!(error instanceof FbcoopError)) throw error;
      problems.push({ path, message: error.message });
    }
  }
  return { documents, problems };
}

/** The `.txt` files of a folder. */
export function txtFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

/** Every location of a finding. */
export function locations(f: Finding): Location[] {
  return [f.source, f.target, ...(f.versions ?? [])].filter((l): l is Location => !!l);
}
