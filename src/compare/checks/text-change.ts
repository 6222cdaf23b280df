/** `text-change`: same-language versions, words changed in an aligned pair (with the word diff). */
import type { Finding } from '../../types.js';
import type { Emitted, PairContext } from '../context.js';
import { fingerprint } from '../fingerprint.js';
import { locateSegments } from '../locate.js';
import { hasChanges, summarizeChanges, wordDiff } from '../word-diff.js';

/** Find sure pairs whose words differ, when both documents are in the same language. */
export function checkTextChange(ctx: PairContext): Emitted[] {
  if (!ctx.sameLanguage) return [];
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    const bead = ctx.beads[b];
    const before = bead.source.map((i) => ctx.source.segments[i].text).join(' ');
    const after = bead.target.map((i) => ctx.target.segments[i].text).join(' ');
    if (before === after) continue;
    const diff = wordDiff(before, after);
    if (!hasChanges(diff)) continue;
    const finding: Finding = {
      rule: 'text-change',
      severity: 'info',
      message: `words changed: ${summarizeChanges(diff)}`,
      source: locateSegments(ctx.source, bead.source),
      target: locateSegments(ctx.target, bead.target),
      diff,
      fingerprint: fingerprint('text-change', before, after),
    };
    out.push({ order: b, finding });
  }
  return out;
}
