/** Shared test helpers for corpus mode: the seeds read as the CLI reads them. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FbcoopError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/index.js';
import type { Document, Finding, Location } from '../../src/types.js';
import type { InputProblem } from '../../src/corpus/index.js';
import { ROOT } from '../helpers/cli.js';

export { CORPUS, ROOT, SEED } from '../helpers/cli.js';

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
