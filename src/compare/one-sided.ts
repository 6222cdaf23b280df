/** Content on one side only: one-sided beads, and parentheticals the other side lacks. */
import type { Emitted, Found, PairContext, Side } from './context.js';
import { absorbedSegments } from './absorbed.js';
import { fingerprint } from '../fingerprint.js';
import { locateSegments, locateSpan } from './locate.js';
import { findSimilarPairs, shingles } from './minhash.js';
import { excerpt, foldedWords } from './text.js';

/** A same-language parenthetical counts as kept when this share of its words is still in the counterpart. */
const KEPT_WORDS = 0.5;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A bracketed span: where it starts, the whole span with its brackets, and what is inside. */
interface Parenthetical {
  index: number;
  whole: string;
  content: string;
}

/**
 * The `(…)` and `[…]` spans of a text with a letter or digit inside, not nested, left to right. A
 * scan rather than a regular expression: backtracking over an unclosed bracket made a long segment
 * cost quadratic time (a 120 kB line with one `(` took 17 s).
 */
function parentheticals(text: string): Parenthetical[] {
  const out: Parenthetical[] = [];
  // Past the last opener of a kind with no closer after it, that kind has nothing more to find.
  const exhausted = { '(': false, '[': false };
  let i = 0;
  while (i < text.length) {
    const open = text[i];
    if ((open !== '(' && open !== '[') || exhausted[open]) {
      i++;
      continue;
    }
    const close = open === '(' ? ')' : ']';
    let j = i + 1;
    while (j < text.length && text[j] !== close && text[j] !== open) j++;
    if (j === text.length) exhausted[open] = true;
    if (j < text.length && text[j] === close && LETTER_OR_DIGIT.test(text.slice(i + 1, j))) {
      out.push({ index: i, whole: text.slice(i, j + 1), content: text.slice(i + 1, j) });
      i = j + 1;
    } else i++;
  }
  return out;
}
/**
 * The values of the figures and dates a segment has between `start` and `end`, read by the one
 * figure parser (`anchors/`), so `1 000`, `1,000` and `1.000` agree the way the language writes them.
 * A date range counts as its ends and a date also as its year, so `(2004-2015)` is kept by a side
 * that writes the two years apart and `(12 mars 2021)` by one that gives only the year.
 */
function valuesIn(ctx: PairContext, side: Side, index: number, start = 0, end = Infinity): string[] {
  const out: string[] = [];
  for (const a of ctx.anchors(side, index)) {
    if (a.start < start || a.end > end) continue;
    if (a.kind === 'number') out.push(a.value);
    else if (a.kind === 'date') {
      for (const part of a.value.split('/')) {
        out.push(part);
        const year = /^\d{4}/.exec(part);
        if (year && year[0] !== part) out.push(year[0]);
      }
    }
  }
  return out;
}

function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Shingle share of a one-sided segment found in its neighbour for the two to count as one repeated text. */
const REPEATED = 0.8;

/**
 * The neighbouring paired bead whose segment on `side` nearly contains the
 * one-sided segment: a repeated passage the other side rendered once. -1 if none.
 */
function repeatedInNeighbour(ctx: PairContext, side: Side, bead: number, index: number): number {
  const other: Side = side === 'source' ? 'target' : 'source';
  const segments = ctx.doc(side).segments;
  const own = shingles(foldedWords(segments[index].text));
  for (const b of [bead + 1, bead - 1]) {
    if (b < 0 || b >= ctx.beads.length || !ctx.isSurePair(b) || ctx.beads[b][other].length === 0) continue;
    for (const j of ctx.beads[b][side]) {
      const theirs = shingles(foldedWords(segments[j].text));
      const [pair] = findSimilarPairs([own, theirs], (p) => p.containment >= REPEATED && own.length <= theirs.length);
      if (pair) return b;
    }
  }
  return -1;
}

/** The neighbouring bead that a lone one-sided segment of bead `b` repeats (see `repeatedInNeighbour`), or -1. */
function repeatAt(ctx: PairContext, side: Side, b: number): number {
  const other: Side = side === 'source' ? 'target' : 'source';
  const bead = ctx.beads[b];
  if (bead[other].length !== 0 || ctx.unsure[b]) return -1;
  const own = bead[side].filter((i) => hasContent(ctx.doc(side).segments[i].text));
  return own.length === 1 ? repeatedInNeighbour(ctx, side, b, own[0]) : -1;
}

/**
 * Repeated passages of `side` (a lone one-sided segment nearly contained in its neighbour's) that
 * the other side renders once: a merge (`source`) or a split (`target`), found by those rules' own
 * checks so that switching `omission` off does not hide them.
 */
export function repeatedOneSided(ctx: PairContext, side: Side, rule: string): Emitted[] {
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    const neighbour = repeatAt(ctx, side, b);
    if (neighbour < 0) continue;
    const index = ctx.beads[b][side].find((i) => hasContent(ctx.doc(side).segments[i].text))!;
    out.push({ order: b, finding: repeatedFinding(ctx, side, rule, index, neighbour) });
  }
  return out;
}

/** A repeated passage rendered once on the other side: reported as a merge (or split), not an omission. */
function repeatedFinding(ctx: PairContext, side: Side, rule: string, index: number, bead: number): Found {
  const other: Side = side === 'source' ? 'target' : 'source';
  const doc = ctx.doc(side);
  const segment = doc.segments[index];
  const kept = ctx.beads[bead][side].map((i) => doc.segments[i]);
  const otherLoc = locateSegments(ctx.doc(other), ctx.beads[bead][other]);
  const lines = [segment, ...kept].map((s) => s.position.start.line).sort((a, b) => a - b);
  const kind = segment.kind === 'item' ? 'list items' : 'segments';
  return {
    rule,
    message: `${side} ${kind} on lines ${lines.join(' and ')} (one repeating the other) are rendered as one ${other} segment (line ${otherLoc.line})`,
    [side]: locateSegments(doc, [index, ...ctx.beads[bead][side]].sort((a, b) => a - b)),
    [other]: otherLoc,
    fingerprint: fingerprint(rule, segment.text, ...kept.map((s) => s.text), otherLoc.text ?? ''),
  };
}

/**
 * One finding per run of consecutive one-sided beads with content on `side`
 * (`source` → omission, `target` → addition), outside unsure regions. A lone
 * one-sided segment nearly contained in its neighbour's is a repeat the other
 * side rendered once: left to the merge (or split) check (`repeatedOneSided`).
 */
export function oneSidedBeads(ctx: PairContext, side: Side, rule: string): Emitted[] {
  const other: Side = side === 'source' ? 'target' : 'source';
  const doc = ctx.doc(side);
  const out: Emitted[] = [];
  let run: number[] = [];
  let runStart = -1;
  const flush = () => {
    if (run.length === 0) return;
    const location = locateSegments(doc, run);
    const what = run.length === 1 ? `${doc.segments[run[0]].kind}` : `${run.length} segments`;
    const lines = location.line === location.endLine ? `line ${location.line}` : `lines ${location.line}–${location.endLine}`;
    const finding: Found = {
      rule,
      message: side === 'source'
        ? `${what} of the source (${lines}) ${run.length === 1 ? 'has' : 'have'} no counterpart in the target: "${excerpt(location.text ?? '')}"`
        : `${what} of the target (${lines}) ${run.length === 1 ? 'has' : 'have'} no counterpart in the source: "${excerpt(location.text ?? '')}"`,
      [side]: location,
      fingerprint: fingerprint(rule, location.text ?? ''),
    };
    out.push({ order: runStart, finding });
    run = [];
  };
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    const own = bead[side].filter((i) => hasContent(doc.segments[i].text));
    // A repeat the other side rendered once is the merge (or split) check's finding, not an omission.
    if (repeatAt(ctx, side, b) >= 0) {
      flush();
      continue;
    }
    if (bead[other].length === 0 && own.length > 0 && !ctx.unsure[b]) {
      if (run.length === 0) runStart = b;
      run.push(...own);
    } else if (bead[side].length > 0 || bead[other].length > 0) flush();
    if (own.length > 1) for (const index of absorbedSegments(ctx, b, side)) out.push({ order: b, finding: absorbedFinding(ctx, side, rule, b, index) });
  }
  flush();
  return out;
}

/** A segment the aligner paired along with its neighbours although the other side does not render it. */
function absorbedFinding(ctx: PairContext, side: Side, rule: string, bead: number, index: number): Found {
  const other: Side = side === 'source' ? 'target' : 'source';
  const location = locateSegments(ctx.doc(side), [index]);
  const otherLocation = locateSegments(ctx.doc(other), ctx.beads[bead][other]);
  const segment = ctx.doc(side).segments[index];
  const lines = location.line === location.endLine ? `line ${location.line}` : `lines ${location.line}–${location.endLine}`;
  return {
    rule,
    message: `${segment.kind} of the ${side} (${lines}) has no counterpart in the ${other}, which renders only its neighbours there (line ${otherLocation.line}): "${excerpt(location.text ?? '')}"`,
    [side]: location,
    [other]: otherLocation,
    fingerprint: fingerprint(rule, 'absorbed', location.text ?? '', otherLocation.text ?? ''),
  };
}

/**
 * Parentheticals of `side` in sure pairs that the other side lacks: cross-language,
 * those whose figures are all absent from the counterpart; same-language, those
 * whose words are mostly absent.
 */
export function oneSidedParentheticals(ctx: PairContext, side: Side, rule: string): Emitted[] {
  const other: Side = side === 'source' ? 'target' : 'source';
  const doc = ctx.doc(side);
  const otherDoc = ctx.doc(other);
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    const bead = ctx.beads[b];
    const otherText = bead[other].map((i) => otherDoc.segments[i].text).join(' ');
    let otherFigures: Set<string> | undefined;
    let otherWords: Set<string> | undefined;
    for (const index of bead[side]) {
      const segment = doc.segments[index];
      for (const m of parentheticals(segment.text)) {
        const content = m.content;
        const own = valuesIn(ctx, side, index, m.index, m.index + m.whole.length);
        let missing: boolean;
        if (ctx.sameLanguage) {
          const words = foldedWords(content);
          if (words.length < 2 && own.length === 0) continue;
          otherWords ??= new Set(foldedWords(otherText));
          const kept = words.filter((w) => otherWords!.has(w)).length;
          missing = kept / words.length < KEPT_WORDS;
        } else {
          if (own.length === 0) continue;
          otherFigures ??= new Set(bead[other].flatMap((i) => valuesIn(ctx, other, i)));
          missing = own.every((f) => !otherFigures!.has(f));
        }
        if (!missing) continue;
        const location = locateSpan(doc, segment, m.index, m.index + m.whole.length);
        const finding: Found = {
          rule,
          message: side === 'source'
            ? `parenthetical left out in the target: "${excerpt(m.whole)}"`
            : `parenthetical added in the target: "${excerpt(m.whole)}"`,
          [side]: location,
          [other]: locateSegments(otherDoc, bead[other]),
          fingerprint: fingerprint(rule, m.whole, otherText),
        };
        out.push({ order: b, finding });
      }
    }
  }
  return out;
}
