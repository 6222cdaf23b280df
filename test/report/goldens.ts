/** The golden files of the report stage: which output of which sample goes in which file. */
import { join, resolve } from 'node:path';
import { formatAlignment, formatCorpus, formatReport, formatSegments } from '../../src/report/index.js';
import { emptyReport, sampleAlignment, sampleCorpusReport, sampleDraftReport, sampleReport, sampleSegmented } from './samples.js';

/** fixtures/cases/ */
export const CASES = resolve(import.meta.dirname, '../../fixtures/cases');

/** One golden file and how to produce it. */
export interface Golden {
  file: string;
  render: () => string;
}

const V = { toolVersion: '0.1.0' };

/** Every golden file, by path under fixtures/cases/. */
export const GOLDENS: Golden[] = [
  { file: 'report-segment-text/expected.text.txt', render: () => formatSegments(sampleSegmented(), 'text', { ...V, width: 100 }) },
  { file: 'report-segment-text/expected.text-60.txt', render: () => formatSegments(sampleSegmented(), 'text', { ...V, width: 60 }) },
  { file: 'report-align-text/expected.text.txt', render: () => formatAlignment(sampleAlignment(), 'text', { ...V, width: 100 }) },
  { file: 'report-align-text/expected.text-60.txt', render: () => formatAlignment(sampleAlignment(), 'text', { ...V, width: 60 }) },
  { file: 'report-align-text/expected.color.txt', render: () => formatAlignment(sampleAlignment(), 'text', { ...V, width: 100, color: true }) },
  { file: 'report-diff-text/expected.text.txt', render: () => formatReport(sampleReport(), 'text', { ...V, width: 100 }) },
  { file: 'report-diff-text/expected.text-60.txt', render: () => formatReport(sampleReport(), 'text', { ...V, width: 60 }) },
  { file: 'report-diff-text/expected.color.txt', render: () => formatReport(sampleReport(), 'text', { ...V, width: 100, color: true }) },
  { file: 'report-diff-drafts/expected.text.txt', render: () => formatReport(sampleDraftReport(), 'text', { ...V, width: 100 }) },
  { file: 'report-diff-empty/expected.text.txt', render: () => formatReport(emptyReport(), 'text', { ...V, width: 100 }) },
  { file: 'report-check-text/expected.text.txt', render: () => formatCorpus(sampleCorpusReport(), 'text', { ...V, width: 100 }) },
  { file: 'report-check-text/expected.color.txt', render: () => formatCorpus(sampleCorpusReport(), 'text', { ...V, width: 100, color: true }) },
];

/** Absolute path of a golden file. */
export function goldenPath(golden: Golden): string {
  return join(CASES, golden.file);
}
