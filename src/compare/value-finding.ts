/** Building the findings of the value rules (dates, figures, names). */
import type { Finding, Severity } from '../types.js';
import type { PairContext, PlacedAnchor, Side } from './context.js';
import { fingerprint } from '../fingerprint.js';
import { locateSegments, locateSpan } from './locate.js';

/** What a value rule reports about one value, or one pair of values. */
export interface ValueIssue {
  rule: string;
  severity: Severity;
  message: string;
  bead: number;
  source?: PlacedAnchor;
  target?: PlacedAnchor;
  note?: string;
}

/**
 * A finding pointing at the values where they are, and at the whole
 * counterpart where a value is missing.
 */
export function valueFinding(ctx: PairContext, issue: ValueIssue): Finding {
  const bead = ctx.beads[issue.bead];
  const place = (side: Side, anchor?: PlacedAnchor) =>
    anchor ? locateSpan(ctx.doc(side), anchor.segment, anchor.start, anchor.end) : locateSegments(ctx.doc(side), bead[side]);
  const finding: Finding = {
    rule: issue.rule,
    severity: issue.severity,
    message: issue.message,
    source: place('source', issue.source),
    target: place('target', issue.target),
  };
  if (issue.source) finding.expected = issue.source.value;
  if (issue.target) finding.actual = issue.target.value;
  if (issue.note) finding.note = issue.note;
  const texts = (side: Side) => bead[side].map((i) => ctx.doc(side).segments[i].text).join(' ');
  finding.fingerprint = fingerprint(issue.rule, issue.source?.value ?? '', issue.target?.value ?? '', texts('source'), texts('target'));
  return finding;
}
