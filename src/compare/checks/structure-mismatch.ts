/** `structure-mismatch`: sections or list items that differ in number or order. */
import type { SegmentedDocument } from '../../types.js';
import type { Emitted, Found, PairContext } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { itemUnits } from '../items.js';
import { locateSegments } from '../locate.js';
import { excerpt } from '../text.js';

/** A stretch of a document under one heading (or before the first). */
interface Group {
  /** Index of the heading segment, or -1 for the part before the first heading. */
  heading: number;
  items: number;
}

function groups(doc: SegmentedDocument): Group[] {
  const out: Group[] = [{ heading: -1, items: 0 }];
  // An item cut into sentences or clauses is several segments of one item.
  const items = itemUnits(doc);
  let last = -1;
  for (const s of doc.segments) {
    if (s.kind === 'heading') out.push({ heading: s.index, items: 0 });
    else if (items[s.index] >= 0 && items[s.index] !== last) out[out.length - 1].items++;
    if (items[s.index] >= 0) last = items[s.index];
  }
  return out;
}

function headingName(doc: SegmentedDocument, group: Group): string {
  return group.heading < 0 ? 'before the first heading' : `"${excerpt(doc.segments[group.heading].text, 50)}"`;
}

/**
 * Compare heading counts; when equal, list items per section and the section
 * numbers paired by the alignment (a different number means a different order).
 */
export function checkStructureMismatch(ctx: PairContext): Emitted[] {
  const src = groups(ctx.source);
  const tgt = groups(ctx.target);
  const out: Emitted[] = [];
  if (src.length !== tgt.length) {
    const finding: Found = {
      rule: 'structure-mismatch',
      message: `the source has ${src.length - 1} headings, the target ${tgt.length - 1}`,
      expected: String(src.length - 1),
      actual: String(tgt.length - 1),
      fingerprint: fingerprint('structure-mismatch', 'headings', ...[ctx.source, ctx.target].map((d) => d.segments.filter((s) => s.kind === 'heading').map((s) => s.text).join('\n'))),
    };
    const s = src.find((g) => g.heading >= 0);
    const t = tgt.find((g) => g.heading >= 0);
    if (s) finding.source = locateSegments(ctx.source, [s.heading]);
    if (t) finding.target = locateSegments(ctx.target, [t.heading]);
    out.push({ order: s ? ctx.beadOf('source', s.heading) : 0, finding });
    return out;
  }
  for (let g = 0; g < src.length; g++) {
    const a = src[g];
    const b = tgt[g];
    if (a.items !== b.items && (a.items > 0 || b.items > 0)) {
      const finding: Found = {
        rule: 'structure-mismatch',
        message: `section ${headingName(ctx.source, a)} has ${a.items} list items in the source, ${b.items} in the target`,
        expected: String(a.items),
        actual: String(b.items),
        fingerprint: fingerprint('structure-mismatch', 'items', a.heading >= 0 ? ctx.source.segments[a.heading].text : '', String(a.items), String(b.items)),
      };
      if (a.heading >= 0) finding.source = locateSegments(ctx.source, [a.heading]);
      if (b.heading >= 0) finding.target = locateSegments(ctx.target, [b.heading]);
      if (finding.source || finding.target) out.push({ order: a.heading >= 0 ? ctx.beadOf('source', a.heading) : 0, finding });
    }
  }
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    if (!ctx.isSurePair(b) || bead.source.length !== 1 || bead.target.length !== 1) continue;
    const s = ctx.source.segments[bead.source[0]];
    const t = ctx.target.segments[bead.target[0]];
    if (s.kind !== 'heading' || t.kind !== 'heading' || !s.section || !t.section || s.section === t.section) continue;
    out.push({
      order: b,
      finding: {
        rule: 'structure-mismatch',
        message: `section ${s.section} of the source corresponds to section ${t.section} of the target: the sections are in a different order or numbered differently`,
        source: locateSegments(ctx.source, [s.index]),
        target: locateSegments(ctx.target, [t.index]),
        expected: s.section,
        actual: t.section,
        fingerprint: fingerprint('structure-mismatch', 'order', s.text, t.text),
      },
    });
  }
  return out;
}
