/** Word-level diff of two texts (jsdiff's `diffArrays`, after Myers 1986), spacing kept. */
import { diffArrays } from 'diff';
import type { WordChange } from '../types.js';

/** A word or punctuation mark with the spaces that follow it. */
interface Token {
  word: string;
  raw: string;
}

/**
 * Most word edits the diff looks for (issue 11: two 58 KB one-sentence files with 5,000 changed
 * dates took 70 s in the full Myers search). A segment rewritten in more words than this is shown
 * as its common start and end around one replaced middle.
 */
const MAX_EDITS = 1000;

const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}])(\s*)/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ word: m[1], raw: m[0] });
  return tokens;
}

/**
 * The word diff from `before` to `after`.
 * @returns runs of equal, removed (only in `before`) and added (only in `after`) text
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const old = tokenize(before);
  const neu = tokenize(after);
  const comparator = (a: Token, b: Token) => a.word === b.word;
  // Myers' cost grows with length × edits: past MAX_EDITS a coarse diff (common ends kept, the middle replaced) is shown.
  const changes = diffArrays(old, neu, { comparator, maxEditLength: MAX_EDITS }) ?? coarseDiff(old, neu);
  const out: WordChange[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const op: WordChange['op'] = change.added ? 'added' : change.removed ? 'removed' : 'equal';
    const n = change.count ?? change.value.length;
    // jsdiff gives equal runs as the target spells them: keep the source's spacing, and the target's beside it where it differs.
    const value = (op === 'added' ? neu.slice(j, j + n) : old.slice(i, i + n)).map((t) => t.raw).join('');
    const targetValue = op === 'equal' ? neu.slice(j, j + n).map((t) => t.raw).join('') : value;
    if (op !== 'added') i += n;
    if (op !== 'removed') j += n;
    const last = out[out.length - 1];
    if (last && last.op === op) {
      if (op === 'equal') last.target = (last.target ?? last.value) + targetValue;
      last.value += value;
    } else out.push(op === 'equal' ? { op, value, target: targetValue } : { op, value });
  }
  // Only equal runs whose spacing differs keep a target spelling of their own.
  for (const c of out) if (c.target === c.value) delete c.target;
  return out;
}

/** jsdiff-style changes for `old` → `neu`: the common start and end equal, the middle removed then added. */
function coarseDiff(old: Token[], neu: Token[]): { value: Token[]; count: number; added: boolean; removed: boolean }[] {
  let head = 0;
  while (head < old.length && head < neu.length && old[head].word === neu[head].word) head++;
  let tail = 0;
  while (tail < old.length - head && tail < neu.length - head && old[old.length - 1 - tail].word === neu[neu.length - 1 - tail].word) tail++;
  const parts = [
    { value: neu.slice(0, head), added: false, removed: false },
    { value: old.slice(head, old.length - tail), added: false, removed: true },
    { value: neu.slice(head, neu.length - tail), added: true, removed: false },
    { value: neu.slice(neu.length - tail), added: false, removed: false },
  ];
  return parts.filter((p) => p.value.length > 0).map((p) => ({ ...p, count: p.value.length }));
}

/** Whether a word diff has any removed or added run. */
export function hasChanges(changes: readonly WordChange[]): boolean {
  return changes.some((c) => c.op !== 'equal');
}

/**
 * A short summary of the changes for a message: `"2018" → "2017"; added "now"`.
 * @param max most changes to name
 */
export function summarizeChanges(changes: readonly WordChange[], max = 3): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (c.op === 'equal') continue;
    const next = changes[i + 1];
    total++;
    let part: string;
    if (c.op === 'removed' && next?.op === 'added') {
      part = `"${clip(c.value)}" → "${clip(next.value)}"`;
      i++;
    } else part = `${c.op} "${clip(c.value)}"`;
    if (parts.length < max) parts.push(part);
  }
  return total > max ? `${parts.join('; ')}; and ${total - max} more` : parts.join('; ');
}

function clip(value: string): string {
  const v = value.trim();
  return v.length <= 40 ? v : `${v.slice(0, 39)}…`;
}
