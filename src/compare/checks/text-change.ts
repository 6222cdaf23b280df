/** `text-change`: same-language versions, words changed in an aligned pair (with the word diff). */
import type { WordChange } from '../../types.js';
import type { Emitted, Found, PairContext } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSegments } from '../locate.js';
import { hasChanges, summarizeChanges, wordDiff } from '../word-diff.js';

/**
 * Share of the words of the aligned pairs that differ above which two versions are worded
 * independently (two translations of one original), not edited one from the other: two
 * independent English translations of one communiqué differ in about half their words, drafts
 * in a few percent.
 */
const INDEPENDENT_WORDING = 0.4;
/** Fewer sure pairs than this: too little text to judge the wording as a whole. */
const MIN_PAIRS = 5;

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string): number => text.match(WORD)?.length ?? 0;

/**
 * Find sure pairs whose words differ, when both documents are in the same language. Versions
 * worded independently throughout get one finding that says so instead of one per passage:
 * a word diff of every sentence of two translations is noise, and their dates, figures and
 * names are still compared by the value rules.
 */
export function checkTextChange(ctx: PairContext): Emitted[] {
  if (!ctx.sameLanguage) return [];
  const changes: { bead: number; before: string; after: string; diff: WordChange[] }[] = [];
  let pairs = 0;
  let total = 0;
  let changed = 0;
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    pairs++;
    const bead = ctx.beads[b];
    const before = bead.source.map((i) => ctx.source.segments[i].text).join(' ');
    const after = bead.target.map((i) => ctx.target.segments[i].text).join(' ');
    total += words(before) + words(after);
    if (before === after) continue;
    const diff = wordDiff(before, after);
    if (!hasChanges(diff)) continue;
    for (const c of diff) if (c.op !== 'equal') changed += words(c.value);
    changes.push({ bead: b, before, after, diff });
  }
  if (pairs >= MIN_PAIRS && total > 0 && changed / total >= INDEPENDENT_WORDING) return [independentWording(ctx, changes.length, pairs, changed / total)];
  return changes.map(({ bead: b, before, after, diff }) => ({
    order: b,
    finding: {
      rule: 'text-change',
      message: `words changed: ${summarizeChanges(diff)}`,
      source: locateSegments(ctx.source, ctx.beads[b].source),
      target: locateSegments(ctx.target, ctx.beads[b].target),
      diff,
      fingerprint: fingerprint('text-change', before, after),
    },
  }));
}

/** The one finding for two versions worded independently, at the start of each document. */
function independentWording(ctx: PairContext, changedPairs: number, pairs: number, share: number): Emitted {
  const first = (doc: PairContext['source']) => ({ path: doc.document.path, line: 1, endLine: 1 });
  const finding: Found = {
    rule: 'text-change',
    message: `the two versions are worded independently (${changedPairs} of ${pairs} aligned passages differ, ${Math.round(share * 100)}% of their words), as two translations of one original are: word changes are not listed`,
    source: first(ctx.source),
    target: first(ctx.target),
    note: 'dates, figures, names, omissions and additions are still compared passage by passage',
    fingerprint: fingerprint('text-change', 'independent wording', ctx.source.document.path, ctx.target.document.path),
  };
  return { order: 0, finding };
}
