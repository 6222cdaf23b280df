/** Test helpers: documents built in memory or from the seed corpus, without the ingest stage. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Document } from '../../src/types.js';
import { computeLineStarts } from '../../src/position.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS = join(ROOT, 'fixtures/corpus');
export const SEEDS = {
  fr: '2018-06-11_val-duchesse-ii_fr.txt',
  enA: '2018-06-11_val-duchesse-ii_en-a.txt',
  enB: '2018-06-11_val-duchesse-ii_en-b.txt',
  nl: '2021-11-22_val-duchesse-iii_nl.txt',
  article: '2016-02-01_euobserver-article_en.txt',
} as const;

/** A document for a string, as the reader would give it. */
export function doc(value: string, path = 'test.txt'): Document {
  return { path, value, encoding: 'utf-8', lineStarts: computeLineStarts(value), notes: [] };
}

/** A seed file as a document. */
export function seed(name: keyof typeof SEEDS): Document {
  const path = join(CORPUS, SEEDS[name]);
  return doc(readFileSync(path, 'utf8'), path);
}
