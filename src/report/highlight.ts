/** Which parts of a finding's texts to highlight: the word diff, or the differing values. */
import type { Finding, WordChange } from '../types.js';
import type { Span, SpanStyle } from './wrap.js';
import { fold as foldText } from '../text/fold.js';

/**
 * The source and target texts of a word diff: the source is the equal and
 * removed parts (removed highlighted), the target the equal and added parts.
 * Parts are joined by a space when none of them carries its own whitespace
 * (a diff of word arrays rather than of text).
 */
export function diffSides(diff: readonly WordChange[]): { source: Span[]; target: Span[]; merged: Span[] } {
  const spaced = diff.length < 2 || diff.some((c) => /\s/.test(c.value));
  const source: Span[] = [];
  const target: Span[] = [];
  const merged: Span[] = [];
  const push = (list: Span[], text: string, style: SpanStyle) => {
    if (!spaced && list.length > 0) list.push({ text: ' ', style: 'plain' });
    list.push({ text, style });
  };
  for (const change of diff) {
    if (change.op !== 'added') push(source, change.value, change.op === 'removed' ? 'removed' : 'plain');
    if (change.op !== 'removed') push(target, change.target ?? change.value, change.op === 'added' ? 'added' : 'plain');
    push(merged, change.value, change.op === 'equal' ? 'plain' : change.op);
  }
  return { source, target, merged };
}

/**
 * Spans of the source and target texts of a finding with the differing values
 * marked: the finding's `expected` value where it occurs in the source text and
 * `actual` in the target text (compared without case or accents), and figures
 * that occur on one side only (a changed year or amount shows even when the
 * value is normalised differently from the text, `2019-03-14` vs `14 mars 2019`).
 */
export function valueSpans(finding: Finding): { source?: Span[]; target?: Span[] } {
  const src = finding.source?.text;
  const tgt = finding.target?.text;
  const out: { source?: Span[]; target?: Span[] } = {};
  if (src !== undefined) {
    const ranges = finding.expected ? findFolded(src, finding.expected) : [];
    if (tgt !== undefined) for (const r of oneSidedFigures(src, tgt)) ranges.push(r);
    for (const r of changedFigures(src, finding.expected, finding.actual)) ranges.push(r);
    out.source = toSpans(src, ranges);
  }
  if (tgt !== undefined) {
    const ranges = finding.actual ? findFolded(tgt, finding.actual) : [];
    if (src !== undefined) for (const r of oneSidedFigures(tgt, src)) ranges.push(r);
    for (const r of changedFigures(tgt, finding.actual, finding.expected)) ranges.push(r);
    out.target = toSpans(tgt, ranges);
  }
  return out;
}

/**
 * Digit runs of `text` equal (as numbers) to a part of `value` that `otherValue`
 * lacks: `2018` for `2018-02-27` vs `2017-02-27`, wherever the date is written.
 */
function changedFigures(text: string, value: string | undefined, otherValue: string | undefined): [number, number][] {
  if (!value) return [];
  // Digits compared as strings without leading zeros: exact at any size (a float made 20-digit figures equal).
  const parts = (v: string | undefined) => new Set((v?.match(/\p{Nd}+/gu) ?? []).map(stripZeros));
  const others = parts(otherValue);
  const changed = [...parts(value)].filter((p) => !others.has(p));
  if (changed.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/\p{Nd}+/gu)) if (changed.includes(stripZeros(m[0]))) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Figures (digit runs with their separators) of `text` that do not occur in `other`. */
function oneSidedFigures(text: string, other: string): [number, number][] {
  const figure = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
  const others = new Set(other.match(figure) ?? []);
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(figure)) if (!others.has(m[0])) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Folded forms of the non-ASCII characters seen so far (folding one character is costly). */
const FOLDED = new Map<string, string>();

/** Case- and accent-folded form of a string, with each folded index's original index. */
function fold(text: string): { folded: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (cp < 0x80) {
      parts.push(cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : text[i]);
      origin.push(i);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    let f = FOLDED.get(ch);
    if (f === undefined) {
      f = foldText(ch);
      FOLDED.set(ch, f);
    }
    for (let k = 0; k < f.length; k++) origin.push(i);
    parts.push(f);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded: parts.join(''), origin };
}

/** Whole-word occurrences of `needle` in `text`, ignoring case and accents, as original index ranges. */
function findFolded(text: string, needle: string): [number, number][] {
  const n = fold(needle).folded.trim();
  if (n === '') return [];
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  const word = /[\p{L}\p{N}]/u;
  for (let at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + n.length)) {
    const before = at > 0 ? folded[at - 1] : ' ';
    const after = at + n.length < folded.length ? folded[at + n.length] : ' ';
    if (word.test(before) || word.test(after)) continue;
    ranges.push([origin[at], origin[at + n.length]]);
  }
  return ranges;
}

/** Spans of a text with the given ranges (possibly overlapping, any order) marked as values. */
function toSpans(text: string, ranges: [number, number][]): Span[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const spans: Span[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const start = Math.max(a, at);
    if (start > at) spans.push({ text: text.slice(at, start), style: 'plain' });
    const prev = spans[spans.length - 1];
    // Touching ranges form one highlight.
    if (prev && prev.style === 'value' && start === at) prev.text += text.slice(start, b);
    else spans.push({ text: text.slice(start, b), style: 'value' });
    at = b;
  }
  if (at < text.length) spans.push({ text: text.slice(at), style: 'plain' });
  return spans;
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\p{Nd})/u, '');
}
