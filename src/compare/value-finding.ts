/** Building the findings of the value rules (dates, figures, names). */
import type { Found, PairContext, PlacedAnchor, Side } from './context.js';
import { fingerprint } from '../fingerprint.js';
import { locateSegments, locateSpan } from './locate.js';
import { EXCERPT_LIMIT } from './excerpt.js';

/** What a value rule reports about one value, or one pair of values. */
export interface ValueIssue {
  rule: string;
  /** A minor variant of the rule (compare gives it a lower severity). */
  minor?: boolean;
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
export function valueFinding(ctx: PairContext, issue: ValueIssue): Found {
  const bead = ctx.beads[issue.bead];
  const place = (side: Side, anchor?: PlacedAnchor) =>
    anchor ? locateSpan(ctx.doc(side), anchor.segment, anchor.start, anchor.end) : locateSegments(ctx.doc(side), bead[side]);
  const finding: Found = {
    rule: issue.rule,
    message: issue.message,
    source: place('source', issue.source),
    target: place('target', issue.target),
  };
  if (issue.source) finding.expected = issue.source.value;
  if (issue.target) finding.actual = issue.target.value;
  if (issue.note) finding.note = issue.note;
  if (issue.minor) finding.minor = true;
  const texts = beadTexts(ctx, issue.bead);
  finding.fingerprint = fingerprint(issue.rule, issue.source?.value ?? '', issue.target?.value ?? '', texts.source, texts.target);
  return finding;
}

/** The bead texts each pair context has fingerprinted, by bead index. */
const beadTextCache = new WeakMap<PairContext, Map<number, { source: string; target: string }>>();

/**
 * A bead's texts as fingerprints take them: whole up to `EXCERPT_LIMIT` characters, else their
 * digest, computed once per bead, so a sentence with thousands of values is not hashed
 * thousands of times (issue 11). Fingerprints of ordinary segments are unchanged.
 */
function beadTexts(ctx: PairContext, b: number): { source: string; target: string } {
  let cache = beadTextCache.get(ctx);
  if (!cache) beadTextCache.set(ctx, (cache = new Map()));
  let texts = cache.get(b);
  if (!texts) {
    const text = (side: Side) => {
      const joined = ctx.beads[b][side].map((i) => ctx.doc(side).segments[i].text).join(' ');
      return joined.length <= EXCERPT_LIMIT ? joined : `long:${fingerprint('text', joined)}`;
    };
    texts = { source: text('source'), target: text('target') };
    cache.set(b, texts);
  }
  return texts;
}
