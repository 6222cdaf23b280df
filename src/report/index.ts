/** Stage 5, report: pure formatters from results to text (no I/O, no process). */
import type { Alignment, Report, SegmentedDocument } from '../types.js';

/** Formats of `diff` and `check`. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'github' | 'junit';
/** Formats of `align`. */
export type AlignFormat = 'text' | 'json' | 'tsv' | 'tmx' | 'beads';
/** Formats of `segment`. */
export type SegmentFormat = 'text' | 'json';

/** Options shared by the formatters. */
export interface FormatOptions {
  /** Colour the output (chalk); decided by the CLI from NO_COLOR, FORCE_COLOR and the terminal. */
  color?: boolean;
  /** Terminal width in columns for tables (default 100). */
  width?: number;
  /** fbcoop's version, for SARIF and TMX headers. */
  toolVersion?: string;
}

/** Format a divergence report. */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  void format; void options;
  return JSON.stringify(report, null, 2) + '\n';
}

/** Format an alignment. */
export function formatAlignment(alignment: Alignment, format: AlignFormat, options: FormatOptions = {}): string {
  void format; void options;
  return JSON.stringify(alignment.beads) + '\n';
}

/** Format a segmented document. */
export function formatSegments(doc: SegmentedDocument, format: SegmentFormat, options: FormatOptions = {}): string {
  void format; void options;
  return JSON.stringify(doc.segments) + '\n';
}
