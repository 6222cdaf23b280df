/** Stage 4, compare: aligned segments → findings (one rule per file in `checks/`). */
import type { Alignment, Finding, SegmentedDocument } from '../types.js';
import { ruleLevels, severityOf, type RuleConfig } from '../rules.js';
import { checkAddition } from './checks/addition.js';
import { checkDateMismatch } from './checks/date-mismatch.js';
import { checkDuplicate } from './checks/duplicate.js';
import { checkEncoding } from './checks/encoding.js';
import { checkLowConfidence } from './checks/low-confidence.js';
import { checkMerge } from './checks/merge.js';
import { checkNameMismatch } from './checks/name-mismatch.js';
import { checkNumberMismatch } from './checks/number-mismatch.js';
import { checkOmission } from './checks/omission.js';
import { checkSplit } from './checks/split.js';
import { checkStructureMismatch } from './checks/structure-mismatch.js';
import { checkTextChange } from './checks/text-change.js';
import { checkUntranslated } from './checks/untranslated.js';
import { checkTerminology } from './checks/terminology.js';
import { checkInconsistency } from './checks/inconsistency.js';
import type { Glossary } from '../terms/index.js';
import { checkRevision, noteRevisions } from './checks/revision.js';
import { PairContext, type Emitted, type Side } from './context.js';

/** `Side`: which document of a pair a location is in. */
export type { Side } from './context.js';

/** A rule's level (a severity, or `off`), and how a configuration sets a rule and its minor variants. */
export type { RuleSetting, RuleConfig } from '../rules.js';

/** Options for `compare`. */
export interface CompareOptions {
  /** Level per rule id, overriding the defaults (`rules.ts`); `off` silences a rule. */
  severity?: Readonly<Record<string, RuleConfig>>;
  /** Also run the one-document checks (duplicate, encoding) on both sides (default true). */
  documentChecks?: boolean;
  /** A glossary: its terms are checked in every cross-language pair (`terminology`). */
  glossary?: Glossary;
}

type PairCheck = (ctx: PairContext) => Emitted[];
type DocumentCheck = (doc: SegmentedDocument, side: Side) => Emitted[];

const PAIR_CHECKS: readonly (readonly [string, PairCheck])[] = [
  ['low-confidence', checkLowConfidence],
  ['date-mismatch', checkDateMismatch],
  ['number-mismatch', checkNumberMismatch],
  ['name-mismatch', checkNameMismatch],
  ['omission', checkOmission],
  ['addition', checkAddition],
  ['merge', checkMerge],
  ['split', checkSplit],
  ['untranslated', checkUntranslated],
  ['structure-mismatch', checkStructureMismatch],
  ['text-change', checkTextChange],
  ['inconsistency', checkInconsistency],
];

const DOCUMENT_CHECKS: readonly (readonly [string, DocumentCheck])[] = [
  ['duplicate', checkDuplicate],
  ['encoding', checkEncoding],
  ['revision', checkRevision],
];

/**
 * Compare the aligned documents.
 * @returns findings in source order (then target order), with severities as configured
 */
export function compare(alignment: Alignment, options: CompareOptions = {}): Finding[] {
  const ctx = new PairContext(alignment);
  const emitted: Emitted[] = [];
  // A loop, not `push(...)`: a spread of a huge array overflows the stack (issue 11).
  for (const [rule, check] of PAIR_CHECKS) if (enabled(rule, options)) for (const e of check(ctx)) emitted.push(e);
  if (options.glossary && enabled('terminology', options)) for (const e of checkTerminology(ctx, options.glossary)) emitted.push(e);
  if (options.documentChecks !== false) {
    // A document compared with itself is one document: its own findings are reported once, on the source side.
    const sides = sameDocument(alignment) ? (['source'] as const) : (['source', 'target'] as const);
    for (const [rule, check] of DOCUMENT_CHECKS) {
      if (!enabled(rule, options)) continue;
      for (const side of sides) {
        for (const e of check(ctx.doc(side), side)) emitted.push({ order: ctx.beadOf(side, e.order), finding: e.finding });
      }
    }
  }
  const findings = finish(emitted, options);
  noteRevisions(findings, ctx.doc('source'), ctx.doc('target'));
  return findings;
}

/** Whether both sides are the same file with the same text (`diff X X`). */
function sameDocument(alignment: Alignment): boolean {
  const [a, b] = [alignment.source.document, alignment.target.document];
  return a === b || (a.path === b.path && a.value === b.value);
}

/**
 * The one-document checks (duplicate, encoding) on a document without a counterpart.
 * @param side which key findings carry their location under
 * @returns findings in document order
 */
export function checkDocument(doc: SegmentedDocument, side: Side, options: CompareOptions = {}): Finding[] {
  const emitted: Emitted[] = [];
  for (const [rule, check] of DOCUMENT_CHECKS) if (enabled(rule, options)) for (const e of check(doc, side)) emitted.push(e);
  return finish(emitted, options);
}

/** Whether a check runs: each check emits only its own rule, so it runs when that rule (or its minor variant) is on. */
function enabled(rule: string, options: CompareOptions): boolean {
  const levels = ruleLevels(rule, options.severity?.[rule]);
  return levels.severity !== 'off' || levels.minor !== 'off';
}

/**
 * Give each finding its severity (the one place: `severityOf`, from the configured level or the
 * rule's default, one level lower for a minor variant), drop those whose level is `off`, sort, and
 * make repeated fingerprints distinct (`…:2`) so baselines can tell them apart.
 */
function finish(emitted: Emitted[], options: CompareOptions): Finding[] {
  const at = (f: Emitted['finding'], side: Side) => f[side]?.start ?? Number.POSITIVE_INFINITY;
  const cmp = <T>(x: T, y: T) => (x < y ? -1 : x > y ? 1 : 0);
  emitted.sort((a, b) =>
    cmp(a.order, b.order) ||
    cmp(at(a.finding, 'source'), at(b.finding, 'source')) ||
    cmp(at(a.finding, 'target'), at(b.finding, 'target')) ||
    cmp(a.finding.rule, b.finding.rule));
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const { finding: { rule, minor, ...rest } } of emitted) {
    const severity = severityOf(rule, minor === true, options.severity?.[rule]);
    if (severity === 'off') continue;
    const finding: Finding = { rule, severity, ...rest };
    // Whatever a check may have put there (it cannot, by its type), the model's severity stands.
    finding.severity = severity;
    if (finding.fingerprint) {
      const n = (seen.get(finding.fingerprint) ?? 0) + 1;
      seen.set(finding.fingerprint, n);
      if (n > 1) finding.fingerprint = `${finding.fingerprint}:${n}`;
    }
    out.push(finding);
  }
  return out;
}
