/** The public API: its names are a contract (after vfile-message's export test), and it runs end to end. */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { SEED } from './helpers/cli.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'FbcoopError',
      'InternalError',
      'RULES',
      'VERSION',
      'align',
      'alignDocuments',
      'alignTexts',
      'analyze',
      'applyBaseline',
      'buildReport',
      'checkCorpus',
      'checkDocument',
      'compare',
      'corpusPieces',
      'decodeDocument',
      'detectLanguages',
      'extractAnchors',
      'extractCandidates',
      'formatAlignment',
      'formatCorpus',
      'formatReport',
      'formatSegments',
      'formatTerms',
      'isBilingual',
      'listTextFiles',
      'loadDocument',
      'mergeCandidates',
      'mergeReports',
      'optionsFromConfig',
      'originalOffset',
      'parseBaseline',
      'parseConfig',
      'parseDocument',
      'parseGlossary',
      'parseLexicon',
      'prepare',
      'printConfig',
      'readDocument',
      'reportPieces',
      'ruleInfo',
      'segment',
      'shouldFail',
      'sidesOf',
      'summarize',
      'writeBaseline',
    ]);
  });

  it('runs the pipeline from files to a formatted report', () => {
    const { report } = api.analyze(api.readDocument(SEED.fr), api.readDocument(SEED.enB));
    expect(report.findings.some((f) => f.rule === 'date-mismatch')).toBe(true);
    expect(JSON.parse(api.formatReport(report, 'json')).summary).toEqual(report.summary);
    expect(api.shouldFail(report.findings, 'error')).toBe(true);
  });
});
