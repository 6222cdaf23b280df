/**
 * A format's escapes (`&amp;`, `&#8217;`, Markdown's `\*`) join the repair plan as edits with no
 * word: the segment text gets the character, the map still points at the escape in the file.
 */
import type { Replacement } from '../types.js';
import type { Edit, RepairPlan } from './repair.js';

/** Longest escape an edit can stand for: the text builder keeps each character's span in a byte. */
const MAX_ESCAPE_LENGTH = 255;

/**
 * The plan with the escapes added; a repair that overlaps an escape is dropped (the escape wins:
 * it is what the file means, not damage).
 * @param plan encoding repairs of the text
 * @param replacements escapes in offset order, or undefined
 */
export function withReplacements(plan: RepairPlan, replacements: readonly Replacement[] | undefined): RepairPlan {
  if (replacements === undefined || replacements.length === 0) return plan;
  const edits: Edit[] = [];
  const wordOf: number[] = [];
  let r = 0;
  let lastEnd = -1;
  const take = (edit: Edit, word: number): void => {
    if (edit.offset < lastEnd) return;
    edits.push(edit);
    wordOf.push(word);
    lastEnd = edit.offset + edit.length;
  };
  const pending = replacements.filter((x) => x.length > 0 && x.length <= MAX_ESCAPE_LENGTH);
  plan.edits.forEach((edit, k) => {
    while (r < pending.length && pending[r].offset <= edit.offset) take(pending[r++], -1);
    // A repair inside the next escape loses to it.
    const next = pending[r];
    if (next !== undefined && edit.offset + edit.length > next.offset) return;
    take(edit, plan.wordOf[k]);
  });
  while (r < pending.length) take(pending[r++], -1);
  return { edits, words: plan.words, wordOf: Int32Array.from(wordOf) };
}
