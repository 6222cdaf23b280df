/** Stage 4, compare: aligned segments → findings (one rule per file in `checks/`). */
import type { Alignment, Finding, Severity } from '../types.js';

/** A rule's severity, or `off`. */
export type RuleSetting = Severity | 'off';

/** Options for `compare`. */
export interface CompareOptions {
  /** Severity per rule id, overriding the defaults; `off` silences a rule. */
  severity?: Readonly<Record<string, RuleSetting>>;
  /** Also run the one-document checks (duplicate, encoding) on both sides (default true). */
  documentChecks?: boolean;
}

/**
 * Compare the aligned documents.
 * @returns findings in source order
 */
export function compare(alignment: Alignment, options: CompareOptions = {}): Finding[] {
  void alignment; void options;
  return [];
}
