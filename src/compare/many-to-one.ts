/** Beads pairing several segments on one side with fewer on the other: merges and splits. */
import type { Emitted, Found, PairContext, Side } from './context.js';
import { fingerprint } from '../fingerprint.js';
import { absorbedSegments } from './absorbed.js';
import { itemMembers, itemUnits } from './items.js';
import { locateSegments } from './locate.js';

/** Structural units (list items, headings) merged across languages are a divergence; merged sentences usually are style. */
const STRUCTURAL = new Set(['item', 'heading', 'title']);

/**
 * One finding per sure bead with more segments on `many` than on the other side
 * (`source` → merge, `target` → split). Cross-language, sentences merged within
 * one structural unit are a minor variant (one level lower): translators join sentences freely.
 */
export function manyToOne(ctx: PairContext, many: Side, rule: string): Emitted[] {
  const few: Side = many === 'source' ? 'target' : 'source';
  const manyDoc = ctx.doc(many);
  const fewDoc = ctx.doc(few);
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    if (!ctx.isSurePair(b) || bead[many].length <= bead[few].length) continue;
    // A segment nothing renders is an omission (or addition), reported as such: without it there may be no merge.
    if (bead[many].length - absorbedSegments(ctx, b, many).length <= bead[few].length) continue;
    const segments = bead[many].map((i) => manyDoc.segments[i]);
    const structural = segments.some((s) => STRUCTURAL.has(s.kind)) ||
      new Set(segments.map((s) => s.section ?? '')).size > 1;
    const minor = !structural && !ctx.sameLanguage;
    const lines = [...new Set(segments.map((s) => s.position.start.line))].map((l) => `line ${l}`);
    const fewLoc = locateSegments(fewDoc, bead[few]);
    const kinds = structural && segments.every((s) => s.kind === 'item') ? 'list items' : 'segments';
    const listed = lines.length === 1 ? `all on ${lines[0]}` : `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
    const message = many === 'source'
      ? `${segments.length} source ${kinds} (${listed}) are rendered as ${bead[few].length === 1 ? 'one target segment' : `${bead[few].length} target segments`} (line ${fewLoc.line})`
      : `${bead[few].length === 1 ? 'one source segment' : `${bead[few].length} source segments`} (line ${fewLoc.line}) ${bead[few].length === 1 ? 'is' : 'are'} split into ${segments.length} target ${kinds} (${listed})`;
    const finding: Found = {
      rule,
      minor,
      message,
      [many]: locateSegments(manyDoc, bead[many]),
      [few]: fewLoc,
      fingerprint: fingerprint(rule, ...segments.map((s) => s.text), fewLoc.text ?? ''),
    };
    out.push({ order: b, finding });
  }
  return out;
}

/**
 * List items of `many` whose sentences are paired, bead by bead, with the
 * sentences of one list item of the other side: items merged (`source` →
 * merge) or split (`target` → split) where no single bead shows it, as when
 * the merged item keeps each original item as a sentence of its own.
 */
export function itemsJoined(ctx: PairContext, many: Side, rule: string): Emitted[] {
  const few: Side = many === 'source' ? 'target' : 'source';
  const manyDoc = ctx.doc(many);
  const fewDoc = ctx.doc(few);
  const manyItems = itemUnits(manyDoc);
  const fewItems = itemUnits(fewDoc);
  const out: Emitted[] = [];
  let i = 0;
  while (i < fewDoc.segments.length) {
    const unit = fewItems[i];
    let j = i + 1;
    while (j < fewDoc.segments.length && unit >= 0 && fewItems[j] === unit) j++;
    if (unit >= 0 && j - i > 1) {
      const beads = [...new Set(Array.from({ length: j - i }, (_, k) => ctx.beadOf(few, i + k)))];
      const segments = beads.flatMap((b) => ctx.beads[b][many]);
      const items = new Set(segments.map((k) => manyItems[k]).filter((u) => u >= 0));
      // Each joined item must lie wholly in this one: items that straddle two are a different cut, not a merge.
      const within = (u: number) => itemMembers(manyDoc)[u].every((k) => ctx.beads[ctx.beadOf(many, k)][few].every((x) => x >= i && x < j));
      if (beads.length > 1 && items.size > 1 && beads.every((b) => ctx.isSurePair(b)) && [...items].every(within)) {
        const fewSegments = Array.from({ length: j - i }, (_, k) => i + k);
        const fewLoc = locateSegments(fewDoc, fewSegments);
        const firsts = [...items].map((u) => manyDoc.segments[segments.find((k) => manyItems[k] === u)!].position.start.line);
        const lines = [...new Set(firsts)];
        const listed = `${lines.slice(0, -1).map((l) => `line ${l}`).join(', ')} and line ${lines[lines.length - 1]}`;
        const message = many === 'source'
          ? `${items.size} source list items (${listed}) are rendered as one target list item (line ${fewLoc.line})`
          : `one source list item (line ${fewLoc.line}) is split into ${items.size} target list items (${listed})`;
        const finding: Found = {
          rule,
          message,
          [many]: locateSegments(manyDoc, [...segments].sort((a, b) => a - b)),
          [few]: fewLoc,
          fingerprint: fingerprint(rule, 'items', ...segments.map((k) => manyDoc.segments[k].text), fewLoc.text ?? ''),
        };
        out.push({ order: beads[0], finding });
      }
    }
    i = j;
  }
  return out;
}
