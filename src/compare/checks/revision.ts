/**
 * `revision`: the pending tracked changes of a DOCX or ODT, one info finding each, so that an
 * editor sees what the comparison took as accepted (or, with `--revisions original`, as rejected).
 */
import type { Finding, Revision, SegmentedDocument } from '../../types.js';
import type { Emitted, Found, Side } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateOffsets } from '../locate.js';

/** Characters of a revision's text quoted in its message. */
const QUOTE_CHARS = 80;

/** How a revision reads in a message: `insertion by A. Martin (2018-06-08): "2018"`. */
export function describeRevision(r: Revision): string {
  const who = r.author ? ` by ${r.author}` : '';
  const when = r.date ? ` (${r.date.slice(0, 10)})` : '';
  const text = r.text.length > QUOTE_CHARS ? `${r.text.slice(0, QUOTE_CHARS - 1)}…` : r.text;
  return `${r.type}${who}${when}: "${text}"`;
}

/** One info finding per pending tracked change of the document. */
export function checkRevision(doc: SegmentedDocument, side: Side): Emitted[] {
  const revisions = doc.document.revisions ?? [];
  const out: Emitted[] = [];
  for (const r of revisions) {
    const location = { ...locateOffsets(doc, r.start, Math.max(r.end, r.start + 1)), paragraph: r.paragraph };
    const index = doc.segments.findIndex((s) => s.position.end.offset > r.start);
    const finding: Found = {
      rule: 'revision',
      message: `pending tracked ${describeRevision(r)} in paragraph ${r.paragraph}`,
      [side]: location,
      note: doc.document.revisionMode === 'original'
        ? 'read as before the change (--revisions original)'
        : 'read with the change accepted (--revisions original reads the text as before it)',
    };
    finding.fingerprint = fingerprint('revision', r.type, r.text);
    out.push({ order: index < 0 ? doc.segments.length : index, finding });
  }
  return out;
}

/**
 * Say on a divergence when a pending tracked change lies in the text it points at: accepting or
 * rejecting that change is what makes or unmakes it.
 * @param findings findings of a pair (changed in place: a `note` is added or extended)
 */
export function noteRevisions(findings: Finding[], source: SegmentedDocument, target: SegmentedDocument): void {
  for (const f of findings) {
    if (f.rule === 'revision') continue;
    for (const [side, doc] of [['source', source], ['target', target]] as const) {
      const loc = f[side];
      const revisions = doc.document.revisions;
      if (!loc || !revisions || loc.start === undefined || loc.end === undefined) continue;
      const hit = revisions.find((r) => r.start <= loc.end! && r.end >= loc.start! && (r.end > r.start ? r.start < loc.end! && r.end > loc.start! : true));
      if (!hit) continue;
      const change = `${describeRevision(hit)}, paragraph ${hit.paragraph}`;
      const says = doc.document.revisionMode === 'original'
        ? `a pending tracked change in the ${side} would alter this once accepted (${change})`
        : `a pending tracked change in the ${side}, read as accepted, makes this (${change}); --revisions original reads the text without it`;
      f.note = f.note ? `${f.note}; ${says}` : says;
    }
  }
}
