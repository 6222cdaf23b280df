/** Stage 5, report: pure formatters from results to text (no I/O, no process, no clock). */
import type { Alignment, Finding, Report, SegmentedDocument } from '../types.js';
import type { CorpusReport } from '../corpus/index.js';
import { InternalError } from '../errors.js';
import { alignmentText } from './formats/align-text.js';
import { alignmentHtml } from './formats/align-html.js';
import { multiAlignmentText, multiAlignmentTsv } from './formats/align-multi.js';
import { FbcoopError } from '../errors.js';
import { beadsLines, beadsPieces, tsvLines, tsvPieces } from './formats/bitext.js';
import { corpusText } from './formats/corpus-text.js';
import { githubLines } from './formats/github.js';
import { formatHtml } from './formats/html.js';
import { orderReport } from './order.js';
import type { Severity } from '../types.js';
import { alignmentJson, reportJsonPieces, segmentsJson } from './formats/json.js';
import { junitXml } from './formats/junit.js';
import { reportTextPieces } from './formats/report-text.js';
import { sarifPieces } from './formats/sarif.js';
import { segmentsText } from './formats/segment-text.js';
import { segmentsPlainText } from './formats/segment-txt.js';
import { tmxDocument } from './formats/tmx.js';
import { xliffDocument, type XliffVersion } from './formats/xliff.js';

export { RULES, ruleInfo, type RuleInfo } from '../rules.js';
export { colorEnabled } from './color.js';

/** Formats of `diff` and `check`. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'junit';
/** Formats of `check`: those of `diff`, plus the self-contained HTML page. */
export type CorpusFormat = ReportFormat | 'html';
/** Formats of `align`. */
export type AlignFormat = 'text' | 'json' | 'tsv' | 'tmx' | 'xliff' | 'html' | 'beads';
/** Formats of `segment`. */
export type SegmentFormat = 'text' | 'json' | 'txt';

/** Names of the formats of each command, for the CLI's option choices and help. */
export const FORMATS = {
  report: ['text', 'json', 'sarif', 'github', 'junit'] as const satisfies readonly ReportFormat[],
  corpus: ['text', 'json', 'sarif', 'github', 'junit', 'html'] as const satisfies readonly CorpusFormat[],
  align: ['text', 'json', 'tsv', 'tmx', 'xliff', 'html', 'beads'] as const satisfies readonly AlignFormat[],
  segment: ['text', 'json', 'txt'] as const satisfies readonly SegmentFormat[],
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
  /** `segment --format txt`: one paragraph per block instead of one segment per line. */
  paragraphs?: boolean;
  /** TMX and XLIFF: cut merged beads into sentence-level units where safe (default true). */
  split?: boolean;
  /** XLIFF: `2.0` (default) or `1.2`. */
  xliffVersion?: XliffVersion;
  /** XLIFF: `diff`'s findings on the alignment, written as notes on their units. */
  findings?: readonly Finding[];
}

/**
 * Format a divergence report. Every format lists the findings most severe
 * first, then by document, then by place (`sortFindings`).
 * @param format `text` (for people), `json` (the spec's Report), `sarif`, `github` or `junit`
 * @returns the whole output, ending with a newline (empty for `github` with no findings)
 */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  return [...reportPieces(report, format, options)].join('');
}

/**
 * `formatReport` in pieces, for writing a huge report as it is made (the CLI does): joined, the
 * pieces are exactly `formatReport`'s text. `text`, `json` and `sarif` come one finding at a
 * time; `github` and `junit` in one piece.
 */
export function reportPieces(report: Report, format: ReportFormat, options: FormatOptions = {}): Iterable<string> {
  if (!(FORMATS.report as readonly string[]).includes(format)) throw new InternalError(`unknown report format: ${String(format)}`);
  return orderedPieces(orderReport(report), format, options);
}

function orderedPieces(report: Report, format: ReportFormat, options: FormatOptions): Iterable<string> {
  switch (format) {
    case 'text': return reportTextPieces(report, options);
    case 'json': return reportJsonPieces(report);
    case 'sarif': return sarifPieces(report, options);
    case 'github': return [githubLines(report)];
    case 'junit': return [junitXml(report, options)];
    default: throw new InternalError(`unknown report format: ${String(format)}`);
  }
}

/**
 * Format a corpus report (`check`, `merge-reports`), findings in the order of `formatReport`.
 * @param format `text` (one block per group), `html` (needs the report's `pairs`), or any `diff` format
 */
export function formatCorpus(report: CorpusReport, format: CorpusFormat, options: FormatOptions = {}): string {
  return [...corpusPieces(report, format, options)].join('');
}

/** `formatCorpus` in pieces (the same text); `json` and `sarif` one finding at a time. */
export function corpusPieces(report: CorpusReport, format: CorpusFormat, options: FormatOptions = {}): Iterable<string> {
  const ordered = orderReport(report);
  if (format === 'text') return [corpusText(ordered, options)];
  if (format === 'html') return [formatHtml(ordered, { toolVersion: options.toolVersion })];
  return orderedPieces(ordered, format, options);
}

/**
 * Format an alignment.
 * @param format `text` (side by side), `json`, `tsv`, `tmx`, `xliff`, `html` (the review page) or `beads`
 * @returns the whole output, ending with a newline unless there is nothing to print
 */
export function formatAlignment(alignment: Alignment, format: AlignFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text': return alignmentText(alignment, options);
    case 'json': return alignmentJson(alignment);
    case 'tsv': return tsvLines(alignment);
    case 'tmx': return tmxDocument(alignment, options);
    case 'xliff': return xliffDocument(alignment, options);
    case 'html': return alignmentHtml([alignment], options);
    case 'beads': return beadsLines(alignment);
    default: throw new InternalError(`unknown alignment format: ${String(format)}`);
  }
}

/**
 * `formatAlignment` in pieces, for output written as it is made: the line-per-bead formats (`tsv`,
 * `beads`) a few thousand beads at a time, the others whole.
 */
export function alignmentPieces(alignment: Alignment, format: AlignFormat, options: FormatOptions = {}): Iterable<string> {
  if (format === 'tsv') return tsvPieces(alignment);
  if (format === 'beads') return beadsPieces(alignment);
  return [formatAlignment(alignment, format, options)];
}

/**
 * Whether an alignment format reads each segment's language: JSON shows it, the text table and the
 * HTML page read number words in it to mark mismatched figures, XLIFF's notes flag untranslated
 * sentences. TSV, TMX and beads need only the documents' languages.
 */
export function readsSegmentLanguages(format: AlignFormat): boolean {
  return format !== 'tsv' && format !== 'tmx' && format !== 'beads';
}

/** Formats of `align` for three or more versions. */
export const MULTI_ALIGN_FORMATS: readonly AlignFormat[] = ['text', 'tsv', 'html'];

/**
 * Format the alignments of one document (the pivot) with each of several others: `align A B C…`.
 * One alignment is formatted as by `formatAlignment`.
 * @param format `text`, `tsv` or `html` for several alignments
 * @throws FbcoopError E_USAGE for another format with several alignments
 */
export function formatAlignments(alignments: readonly Alignment[], format: AlignFormat, options: FormatOptions = {}): string {
  if (alignments.length === 1) return formatAlignment(alignments[0], format, options);
  switch (format) {
    case 'text': return multiAlignmentText(alignments, options);
    case 'tsv': return multiAlignmentTsv(alignments);
    case 'html': return alignmentHtml(alignments, options);
    default: throw new FbcoopError('E_USAGE', `--format ${format} takes two documents; with three or more use ${MULTI_ALIGN_FORMATS.join(', ')}`);
  }
}

/**
 * Format a segmented document.
 * @param format `text` (a table), `json` (the spec's shape) or `txt` (the clean text as read)
 */
export function formatSegments(doc: SegmentedDocument, format: SegmentFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text': return segmentsText(doc, options);
    case 'json': return segmentsJson(doc);
    case 'txt': return segmentsPlainText(doc, { paragraphs: options.paragraphs });
    default: throw new InternalError(`unknown segment format: ${String(format)}`);
  }
}
