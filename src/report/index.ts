/** Stage 5, report: pure formatters from results to text (no I/O, no process, no clock). */
import type { Alignment, Report, SegmentedDocument } from '../types.js';
import type { CorpusReport } from '../corpus/index.js';
import { InternalError } from '../errors.js';
import { alignmentText } from './formats/align-text.js';
import { beadsLines, tsvLines } from './formats/bitext.js';
import { corpusText } from './formats/corpus-text.js';
import { githubLines } from './formats/github.js';
import { formatHtml } from './formats/html.js';
import { orderReport } from './order.js';
import type { Severity } from '../types.js';
import { alignmentJson, reportJson, segmentsJson } from './formats/json.js';
import { junitXml } from './formats/junit.js';
import { reportText } from './formats/report-text.js';
import { sarifLog } from './formats/sarif.js';
import { segmentsText } from './formats/segment-text.js';
import { tmxDocument } from './formats/tmx.js';

export { RULES, ruleInfo, type RuleInfo } from '../rules.js';
export { colorEnabled } from './color.js';
export { UNSURE_SCORE } from './formats/align-text.js';

/** Formats of `diff` and `check`. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'junit';
/** Formats of `check`: those of `diff`, plus the self-contained HTML page. */
export type CorpusFormat = ReportFormat | 'html';
/** Formats of `align`. */
export type AlignFormat = 'text' | 'json' | 'tsv' | 'tmx' | 'beads';
/** Formats of `segment`. */
export type SegmentFormat = 'text' | 'json';

/** Names of the formats of each command, for the CLI's option choices and help. */
export const FORMATS = {
  report: ['text', 'json', 'sarif', 'github', 'junit'] as const satisfies readonly ReportFormat[],
  corpus: ['text', 'json', 'sarif', 'github', 'junit', 'html'] as const satisfies readonly CorpusFormat[],
  align: ['text', 'json', 'tsv', 'tmx', 'beads'] as const satisfies readonly AlignFormat[],
  segment: ['text', 'json'] as const satisfies readonly SegmentFormat[],
};

/** Options shared by the formatters. */
export interface FormatOptions {
  /**
   * The `--fail-on` level: JUnit makes a finding at or above it a failure and
   * one below it a passing case (default `error`, as the CLI's; `never`: nothing fails).
   */
  failOn?: Severity | 'never';
  /** Colour the output (chalk); decided by the CLI from NO_COLOR, FORCE_COLOR and the terminal. */
  color?: boolean;
  /** Terminal width in columns for tables (default 100). */
  width?: number;
  /** fbcoop's version, for SARIF and TMX headers. */
  toolVersion?: string;
}

/**
 * Format a divergence report. Every format lists the findings most severe
 * first, then by document, then by place (`sortFindings`).
 * @param format `text` (for people), `json` (the spec's Report), `sarif`, `github` or `junit`
 * @returns the whole output, ending with a newline (empty for `github` with no findings)
 */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  if (!(FORMATS.report as readonly string[]).includes(format)) throw new InternalError(`unknown report format: ${String(format)}`);
  return formatOrdered(orderReport(report), format, options);
}

function formatOrdered(report: Report, format: ReportFormat, options: FormatOptions): string {
  switch (format) {
    case 'text': return reportText(report, options);
    case 'json': return reportJson(report);
    case 'sarif': return sarifLog(report, options);
    case 'github': return githubLines(report);
    case 'junit': return junitXml(report, options);
    default: throw new InternalError(`unknown report format: ${String(format)}`);
  }
}

/**
 * Format a corpus report (`check`, `merge-reports`), findings in the order of `formatReport`.
 * @param format `text` (one block per group), `html` (needs the report's `pairs`), or any `diff` format
 */
export function formatCorpus(report: CorpusReport, format: CorpusFormat, options: FormatOptions = {}): string {
  const ordered = orderReport(report);
  if (format === 'text') return corpusText(ordered, options);
  if (format === 'html') return formatHtml(ordered, { toolVersion: options.toolVersion });
  return formatOrdered(ordered, format, options);
}

/**
 * Format an alignment.
 * @param format `text` (side by side), `json`, `tsv`, `tmx` or `beads`
 * @returns the whole output, ending with a newline unless there is nothing to print
 */
export function formatAlignment(alignment: Alignment, format: AlignFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text': return alignmentText(alignment, options);
    case 'json': return alignmentJson(alignment);
    case 'tsv': return tsvLines(alignment);
    case 'tmx': return tmxDocument(alignment, options);
    case 'beads': return beadsLines(alignment);
    default: throw new InternalError(`unknown alignment format: ${String(format)}`);
  }
}

/**
 * Format a segmented document.
 * @param format `text` (a table) or `json` (the spec's shape)
 */
export function formatSegments(doc: SegmentedDocument, format: SegmentFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text': return segmentsText(doc, options);
    case 'json': return segmentsJson(doc);
    default: throw new InternalError(`unknown segment format: ${String(format)}`);
  }
}
