/** List items as units: an item is one segment, or several (its sentences or clauses) sharing its section path. */
import type { SegmentedDocument } from '../types.js';

const cache = new WeakMap<SegmentedDocument, Int32Array>();

/**
 * The list item each segment belongs to.
 * Items cut into sentences come as `sentence` (or `clause`) segments whose
 * section path is the item's (`2.3`), where the paragraphs of a section carry
 * the heading's own path (`2`), or none before the first heading.
 * @returns per segment, an item number (0, 1, … in document order) or -1 outside items
 */
export function itemUnits(doc: SegmentedDocument): Int32Array {
  let units = cache.get(doc);
  if (units) return units;
  units = new Int32Array(doc.segments.length).fill(-1);
  let heading: string | undefined;
  let item = -1;
  let key: string | undefined;
  for (const s of doc.segments) {
    if (s.kind === 'heading' || s.kind === 'title') {
      heading = s.section;
      key = undefined;
      continue;
    }
    const inItem = s.kind === 'item' || (s.section !== undefined && s.section !== heading);
    if (!inItem) { key = undefined; continue; }
    // A lone `item` segment is a whole item, even when the next one has the same (unnumbered) path.
    const k = s.section ?? `#${s.index}`;
    if (k !== key || s.kind === 'item') item++;
    key = s.kind === 'item' ? undefined : k;
    units[s.index] = item;
  }
  cache.set(doc, units);
  return units;
}

const members = new WeakMap<SegmentedDocument, number[][]>();

/**
 * The segments of each list item.
 * @returns per item number of `itemUnits`, its segment indices in order
 */
export function itemMembers(doc: SegmentedDocument): number[][] {
  let out = members.get(doc);
  if (out) return out;
  out = [];
  const units = itemUnits(doc);
  for (let i = 0; i < units.length; i++) if (units[i] >= 0) (out[units[i]] ??= []).push(i);
  members.set(doc, out);
  return out;
}
