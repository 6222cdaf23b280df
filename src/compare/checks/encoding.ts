/** `encoding`: damaged characters, summarised per kind of damage, not one finding per line. */
import type { Repair, SegmentedDocument } from '../../types.js';
import type { Emitted, Found, Side } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateOffsets, locateSpan } from '../locate.js';

/** Lines and examples named in a message: enough to find the damage, not a wall of noise. */
const EXAMPLES = 3;

/** What went wrong with a repaired word, told from its damaged form. */
function damageKind(repair: Repair): string {
  if (repair.from.includes('\ufffd')) return 'replacement character (U+FFFD)';
  if (repair.from.includes('?')) return 'lost character read as "?"';
  if (/[ÃÂâ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/u.test(repair.from)) return 'mojibake (UTF-8 read as Windows-1252)';
  return 'damaged character';
}

/**
 * One finding per kind of damage repaired while reading, with the count, the
 * first lines and examples; and one for U+FFFD left in the segments' text.
 */
export function checkEncoding(doc: SegmentedDocument, side: Side): Emitted[] {
  const groups = new Map<string, Repair[]>();
  for (const repair of doc.repairs) {
    const kind = damageKind(repair);
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = []));
    group.push(repair);
  }
  const out: Emitted[] = [];
  for (const [kind, repairs] of groups) {
    repairs.sort((a, b) => a.offset - b.offset);
    const first = repairs[0];
    const lines = [...new Set(repairs.map((r) => r.line))];
    const examples = repairs.slice(0, EXAMPLES).map((r) => `${r.from} → ${r.to}`).join(', ');
    const finding: Found = {
      rule: 'encoding',
      message: `${repairs.length} ${repairs.length === 1 ? 'word' : 'words'} with a ${kind} repaired on ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} (first: ${lines.slice(0, EXAMPLES).join(', ')}${lines.length > EXAMPLES ? ', …' : ''}): ${examples}${repairs.length > EXAMPLES ? ', …' : ''}`,
      [side]: locateOffsets(doc, first.offset, first.offset + first.from.length),
      note: 'the text was repaired for comparison; the file itself still has the damage',
      fingerprint: fingerprint('encoding', kind, ...[...new Set(repairs.map((r) => r.from))].sort()),
    };
    out.push({ order: segmentAt(doc, first.offset), finding });
  }
  const left: { segment: number; at: number }[] = [];
  doc.segments.forEach((s, i) => {
    for (let at = s.text.indexOf('\ufffd'); at >= 0; at = s.text.indexOf('\ufffd', at + 1)) left.push({ segment: i, at });
  });
  if (left.length > 0) {
    const segment = doc.segments[left[0].segment];
    const lines = [...new Set(left.map((l) => doc.segments[l.segment].position.start.line))];
    const finding: Found = {
      rule: 'encoding',
      message: `${left.length} replacement ${left.length === 1 ? 'character' : 'characters'} (U+FFFD) left in the text, in segments starting on ${lines.length === 1 ? 'line' : 'lines'} ${lines.slice(0, EXAMPLES).join(', ')}${lines.length > EXAMPLES ? ', …' : ''}: the original characters are lost`,
      [side]: locateSpan(doc, segment, left[0].at, left[0].at + 1),
      fingerprint: fingerprint('encoding', 'U+FFFD', ...left.slice(0, 20).map((l) => doc.segments[l.segment].text)),
    };
    out.push({ order: left[0].segment, finding });
  }
  return out;
}

/** Index of the segment containing (or first after) an offset, for ordering. */
function segmentAt(doc: SegmentedDocument, offset: number): number {
  let lo = 0;
  let hi = doc.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.segments[mid].position.end.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
