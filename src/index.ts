/**
 * fbcoop's public API: read → segment → detect → align → compare → report,
 * and corpus mode on top. Re-exports only; the CLI (`src/cli/`) is a thin
 * layer over these.
 */
export type {
  Alignment,
  Anchor,
  AnchorKind,
  Bead,
  Document,
  DocumentSummary,
  Encoding,
  Finding,
  Granularity,
  Location,
  Point,
  Position,
  Repair,
  Report,
  Segment,
  SegmentKind,
  SegmentedDocument,
  Segmentation,
  Severity,
  Skipped,
  Summary,
  WordChange,
  Block,
  Format,
  Locator,
  Replacement,
  Revision,
} from './types.js';
export { FbcoopError, InternalError, type ErrorCode } from './errors.js';
export { VERSION } from './version.js';

export { readDocument, decodeDocument, loadDocument, parseDocument, listTextFiles, type ReadOptions, type ListOptions, type ListResult } from './ingest/index.js';
export { segment, originalOffset, type SegmentOptions } from './segment/index.js';
export { detectLanguages, type DetectOptions } from './detect/index.js';
export { extractAnchors } from './anchors/index.js';
export { align, alignTexts, parseLexicon, type AlignOptions, type AlignTextsOptions } from './align/index.js';
export { compare, checkDocument, type CompareOptions, type RuleConfig, type RuleSetting } from './compare/index.js';
export { parseGlossary, type Glossary, type Concept, type GlossaryTerm, type TermStatus } from './terms/index.js';
export { extractCandidates, mergeCandidates, type TermCandidate } from './terms/extract.js';
export { formatTerms, type TermsFormat } from './report/formats/terms.js';
export { analyze, alignDocuments, prepare, buildReport, summarize, shouldFail, isBilingual, sidesOf, type AnalyzeOptions } from './pipeline.js';
export {
  checkCorpus,
  mergeReports,
  parseConfig,
  printConfig,
  optionsFromConfig,
  parseBaseline,
  writeBaseline,
  applyBaseline,
  type Baseline,
  type Config,
  type CorpusGroup,
  type CorpusOptions,
  type CorpusReport,
  type InputProblem,
  type ReferenceRule,
} from './corpus/index.js';
export {
  formatReport,
  formatCorpus,
  reportPieces,
  corpusPieces,
  formatAlignment,
  formatSegments,
  RULES,
  ruleInfo,
  type AlignFormat,
  type CorpusFormat,
  type FormatOptions,
  type ReportFormat,
  type RuleInfo,
  type SegmentFormat,
} from './report/index.js';
