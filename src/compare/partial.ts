/**
 * Partial divergence inside an aligned pair (cross-language): a run of content on one side that nothing on
 * the other side renders (a clause added or dropped), or a pair whose two sides render nothing of each other
 * (one sentence put in the place of another).
 *
 * Evidence, without a dictionary: a word has a counterpart when the other side has the same word or a
 * cognate, names the same country, carries the same figure, date or name as an anchor (`evidence.ts`), or
 * has the word's translation in the table the aligner's IBM Model 1 learns from the document's sure pairs.
 * Function words are neither evidence nor content. The length model is Gale & Church's (1993): the side
 * with the run must be too long for the other side, and fit it once the run is taken out.
 */
import type { Segment } from '../types.js';
import { STOP_WORDS } from '../anchors/names.js';
import { fingerprint } from '../fingerprint.js';
import type { Emitted, Found, PairContext, Side } from './context.js';
import { absorbedSegments } from './absorbed.js';
import { evidenceWords } from './evidence.js';
import { locateSegments, locateSpan } from './locate.js';
import { excerpt } from './text.js';
import { datesCompatible } from './values.js';
import { bestTranslations } from '../align/lexicon.js';
import { TUNING } from '../align/tuning.js';

/** Auxiliaries and other frequent words of four letters or more that STOP_WORDS (a list of sentence openers) lacks. */
const FREQUENT = new Set((
  'were was been being have having would could should will shall must might more most very than only just same ' +
  'other others many much well still even made make said says such being etre sont etait etaient avait avaient ' +
  'ete fait faire tres plus aussi autre autres meme leur leurs cela celle celui ceux dont sera seront avoir ' +
  'werden wurde wurden sind wird haben hatte hatten sein seine seiner ihre ihren einem einen noch auch schon ' +
  'zijn werd werden heeft hebben heeft worden wordt waren deze meer ook nog'
).split(' '));

/** Gale & Church's variance of a translation's length per character. */
const VARIANCE = 6.8;
/** Fewer sure one-to-one pairs than this and the document's own length ratio and coverage are not trusted: the priors below stand. */
const MIN_PAIRS = 5;
/** Length ratio assumed without enough pairs: Gale & Church's 1. */
const PRIOR_RATIO = 1;
/** Share of content words with a counterpart assumed without enough pairs: the median of the equivalent fr-en pairs of the divergence dev set (0.46–0.50). */
const PRIOR_COVERAGE = 0.45;
/**
 * A side is this many standard deviations too long for the other… Chosen on the divergence dev set (REFreSD
 * fr-en, 481 pairs) with the thresholds below: at 1.25 equivalent pairs flagged went from 8 to 12, at 2 the
 * divergent pairs found fell by 6.
 */
const TOO_LONG = 1.5;
/** …and fits within this many once the run is taken out. */
const FITS = 2;
/** A run needs this many content words… */
const MIN_RUN_WORDS = 3;
/** …and characters. */
const MIN_RUN_CHARS = 20;
/**
 * What the other side leaves unrendered, scaled by the length ratio, may be at most this share of the run's
 * length: more, and it is a loose translation of the run (the seed communiqué's `retour d’expérience en matière
 * d’identification` / `feedback on the identification` was reported without this; dev figures unchanged).
 */
const OTHER_SHARE = 1;
/** Severity by size and evidence: a run this many content words long is a `warning`… */
const LONG_RUN_WORDS = 6;
/** …and so is one of WARNING_RUN_WORDS where the side is this many standard deviations too long; other runs are `info`. */
const CLEARLY_TOO_LONG = 2;
const WARNING_RUN_WORDS = 4;
/**
 * A pair whose share of content words with a counterpart is at most this fraction of the document's is
 * unrelated (dev: 0.05 flags no equivalent pair and 80 of 120 unrelated ones; 0.1 flags one equivalent pair
 * more for 3 unrelated ones). Real pairs vary far more than chance would (an equivalent pair's share ranges
 * over 0.13–0.73), so the test is on the share,
 */
const UNRELATED_SHARE = 0.05;
/** …and it must also be unlikely by chance at the document's coverage (short pairs are left alone). */
const UNRELATED_CHANCE = 1e-3;
/** Content words on both sides together below which no pair is called unrelated (a heading, a salutation). */
const MIN_UNRELATED_WORDS = 8;

/** Word translations learned from the document's own sure pairs, both ways (IBM Model 1, as the aligner learns them). */
interface Lexicon {
  source: Map<string, string[]>;
  target: Map<string, string[]>;
}

const LEXICONS = new WeakMap<PairContext, Lexicon>();

/**
 * The aligner's translation table, learned again on the pairs the comparison trusts (sure one-to-one
 * beads): `retour d’expérience` / `feedback`, `pratiques` / `practices` in a communiqué of a hundred
 * pairs. Words that co-occur only once, as an added clause's do, are not learned (the table's own
 * occurrence and association thresholds, `align/tuning.ts`).
 */
function lexicon(ctx: PairContext): Lexicon {
  let lex = LEXICONS.get(ctx);
  if (lex) return lex;
  lex = { source: new Map(), target: new Map() };
  LEXICONS.set(ctx, lex);
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (w: string) => {
    let k = ids.get(w);
    if (k === undefined) { k = names.length; ids.set(w, k); names.push(w); }
    return k;
  };
  const pairs: [Int32Array, Int32Array][] = [];
  const wordsOf = (side: Side, index: number) => Int32Array.from(evidenceWords(ctx.doc(side).segments[index].text), (w) => id(w.word));
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    if (bead.source.length !== 1 || bead.target.length !== 1 || !ctx.isSurePair(b)) continue;
    pairs.push([wordsOf('source', bead.source[0]), wordsOf('target', bead.target[0])]);
  }
  if (pairs.length < MIN_PAIRS) return lex;
  const fill = (table: Map<number, number[]>, into: Map<string, string[]>) => {
    for (const [w, ts] of table) into.set(names[w], ts.map((t) => names[t]));
  };
  fill(bestTranslations(pairs, names.length, TUNING.table), lex.source);
  fill(bestTranslations(pairs.map(([x, y]) => [y, x] as [Int32Array, Int32Array]), names.length, TUNING.table), lex.target);
  return lex;
}

/** A word of a bead side: where it is, and whether the other side renders it. */
interface Token {
  segment: Segment;
  start: number;
  end: number;
  content: boolean;
  rendered: boolean;
}

const isContent = (w: string) => (w.length >= 4 || /\d/.test(w)) && !STOP_WORDS.has(w) && !FREQUENT.has(w);

/** The words of a bead side, each marked content or not, rendered on the other side or not. */
function tokens(ctx: PairContext, side: Side, bead: number): Token[] {
  const other: Side = side === 'source' ? 'target' : 'source';
  const evidence = ctx.evidence(other, bead);
  const learned = lexicon(ctx)[side];
  const theirs = ctx.beadAnchors(other, bead, ['date', 'number', 'name', 'acronym', 'url', 'email']);
  const theirValues = new Set(theirs.map((t) => `${t.kind}:${t.value}`));
  const theirDates = theirs.filter((t) => t.kind === 'date').map((t) => t.value);
  const out: Token[] = [];
  for (const index of ctx.beads[bead][side]) {
    const segment = ctx.doc(side).segments[index];
    const anchors = ctx.anchors(side, index);
    // Words and anchors are both in text order: one pointer walks the anchors (a one-line table stays linear).
    let k = 0;
    for (const w of evidenceWords(segment.text)) {
      while (k < anchors.length && anchors[k].end <= w.start) k++;
      const anchor = k < anchors.length && anchors[k].start <= w.start && w.end <= anchors[k].end ? anchors[k] : undefined;
      let rendered: boolean;
      if (anchor && anchor.kind !== 'name') {
        // Figures and dates are evidence as values (`27 février` / `February 27`), whatever their words.
        rendered = theirValues.has(`${anchor.kind}:${anchor.value}`) || (anchor.kind === 'date' && theirDates.some((d) => datesCompatible(d, anchor.value)));
      } else rendered = evidence.has(w.word) || (learned.get(w.word)?.some((t) => evidence.hasExact(t)) ?? false);
      out.push({ segment, start: w.start, end: w.end, content: isContent(w.word) || (anchor !== undefined && anchor.kind !== 'name'), rendered });
    }
  }
  return out;
}

/** Document-level figures the bead tests compare with: length ratio and coverage over the sure one-to-one pairs. */
interface Norms {
  /** Characters of the target per character of the source. */
  ratio: number;
  /** Share of content words with a counterpart. */
  coverage: number;
  /** Variance of a translation's length per character (Gale & Church's 6.8, or the document's own). */
  variance: number;
}

const NORMS = new WeakMap<PairContext, Norms>();

function norms(ctx: PairContext): Norms {
  let n = NORMS.get(ctx);
  if (n) return n;
  let pairs = 0;
  let source = 0;
  let target = 0;
  let content = 0;
  let rendered = 0;
  const lengths: [number, number][] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    if (bead.source.length !== 1 || bead.target.length !== 1 || !ctx.isSurePair(b)) continue;
    pairs++;
    const ls = ctx.source.segments[bead.source[0]].text.length;
    const lt = ctx.target.segments[bead.target[0]].text.length;
    source += ls;
    target += lt;
    lengths.push([ls, lt]);
    for (const side of ['source', 'target'] as const) {
      for (const t of tokens(ctx, side, b)) if (t.content) { content++; if (t.rendered) rendered++; }
    }
  }
  if (pairs >= MIN_PAIRS && source > 0 && content > 0) {
    // Medians, so that the divergent pairs being looked for do not set the norm: with a few pairs, one added
    // clause moves a total ratio a lot.
    const ratio = median(lengths.map(([ls, lt]) => lt / Math.max(1, ls)));
    // The document's own spread of lengths, as the aligner re-estimates it (`align/length.ts`), never below
    // Gale & Church's; the median of a χ²(1) variable is 0.455 times its mean.
    const spread = median(lengths.map(([ls, lt]) => (lt - ls * ratio) ** 2 / Math.max(1, ls * ratio))) / CHI2_MEDIAN;
    n = { ratio, coverage: rendered / content, variance: Math.max(VARIANCE, spread) };
  } else n = { ratio: PRIOR_RATIO, coverage: PRIOR_COVERAGE, variance: VARIANCE };
  NORMS.set(ctx, n);
  return n;
}

/** Median of a χ² variable with one degree of freedom, as a share of its mean. */
const CHI2_MEDIAN = 0.455;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** P(X ≤ k) for X ~ Binomial(n, p), in log space so long pairs do not underflow. */
export function binomialTail(k: number, n: number, p: number): number {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  let logTerm = n * Math.log(1 - p);
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i) + Math.log(p / (1 - p));
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/** Gale & Church's standardised length difference of `long` against what `base` should give at `ratio`. */
function lengthDelta(long: number, base: number, ratio: number, variance: number): number {
  return (long - base * ratio) / Math.sqrt(Math.max(1, base * ratio) * variance);
}

/** A run of content words without a counterpart, within one segment (function words do not break it). */
interface Run {
  /** The run's content words, in order. */
  words: Token[];
}

/** The longest run of a bead side, by characters. */
function longestRun(list: readonly Token[]): Run | undefined {
  let best: Token[] = [];
  let run: Token[] = [];
  const span = (r: readonly Token[]) => (r.length === 0 ? 0 : r[r.length - 1].end - r[0].start);
  const close = () => {
    if (span(run) > span(best)) best = run;
    run = [];
  };
  for (const t of list) {
    if (run.length > 0 && t.segment !== run[0].segment) close();
    if (!t.content) continue;
    if (t.rendered) { close(); continue; }
    run.push(t);
  }
  close();
  return best.length > 0 ? { words: best } : undefined;
}

/** Runs longer than this many content words are taken whole: looking for their best clause costs the square of their length. */
const MAX_PART_SEARCH = 120;

/** Punctuation that ends or opens a clause. */
const CLAUSE_MARK = /[,;:()\[\]—–.!?«»"“”]/u;

/**
 * The clause of a run whose removal fits the length model best: a run of unrendered words may reach past
 * the clause that was added into words translated without a cognate; the clause is the part the length
 * difference accounts for, and it is bounded by punctuation (or the segment's ends) on both sides. Ties go
 * to the longer part.
 * @param fit how far (standard deviations) the side stays from the model once `chars` are taken out
 * @returns first and last word of the best part, its word count and the fit, or undefined when no clause is long enough
 */
function bestPart(run: Run, fit: (chars: number) => number): { from: Token; to: Token; words: number; fit: number } | undefined {
  let best: { from: Token; to: Token; words: number; fit: number } | undefined;
  const w = run.words;
  const text = w[0].segment.text;
  // Whether a clause mark stands between the content word before w[i] (or the segment's start) and w[i], and likewise after.
  const opens = (i: number) => CLAUSE_MARK.test(text.slice(i > 0 ? w[i - 1].end : 0, w[i].start)) || (i === 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, w[0].start)));
  const closes = (j: number) => CLAUSE_MARK.test(text.slice(w[j].end, j + 1 < w.length ? w[j + 1].start : text.length)) || (j === w.length - 1 && !/[\p{L}\p{N}]/u.test(text.slice(w[j].end)));
  for (let i = 0; i < w.length; i++) {
    if (!opens(i)) continue;
    for (let j = i + MIN_RUN_WORDS - 1; j < w.length; j++) {
      if (!closes(j)) continue;
      const chars = w[j].end - w[i].start;
      if (chars < MIN_RUN_CHARS) continue;
      const f = Math.abs(fit(chars));
      if (!best || f < best.fit - 1e-9 || (Math.abs(f - best.fit) < 1e-9 && j - i + 1 > best.words)) best = { from: w[i], to: w[j], words: j - i + 1, fit: f };
    }
  }
  return best;
}

const sideLength = (ctx: PairContext, side: Side, bead: number) => ctx.beads[bead][side].reduce((n, i) => n + ctx.doc(side).segments[i].text.length, 0);

/**
 * Partial divergences of one side: omissions (`side` = source) or additions (target).
 * @param rule `omission` or `addition`, the rule the findings are reported under
 */
export function partialDivergences(ctx: PairContext, side: Side, rule: string): Emitted[] {
  if (ctx.sameLanguage) return [];
  const other: Side = side === 'source' ? 'target' : 'source';
  const out: Emitted[] = [];
  const { ratio, coverage, variance } = norms(ctx);
  const towardSide = side === 'target' ? ratio : 1 / ratio;
  const oneSided = (x: number) => x >= 0 && x < ctx.beads.length && (ctx.beads[x].source.length === 0 || ctx.beads[x].target.length === 0);
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    // Next to a one-sided bead the aligner's boundary is in doubt: the run may be that bead's counterpart (or its repeat).
    if (oneSided(b - 1) || oneSided(b + 1)) continue;
    // Headings and titles are reworded freely and too short for the length model.
    if ([...ctx.beads[b].source.map((i) => ctx.source.segments[i]), ...ctx.beads[b].target.map((i) => ctx.target.segments[i])].some((x) => x.kind === 'heading' || x.kind === 'title')) continue;
    const own = tokens(ctx, side, b);
    const theirs = tokens(ctx, other, b);
    const ownContent = own.filter((t) => t.content);
    const theirContent = theirs.filter((t) => t.content);
    const k = [...ownContent, ...theirContent].filter((t) => t.rendered).length;
    const n = ownContent.length + theirContent.length;
    if (n >= MIN_UNRELATED_WORDS && k <= UNRELATED_SHARE * coverage * n && binomialTail(k, n, coverage) < UNRELATED_CHANCE) {
      // The whole pair: reported once, as an omission naming both sides.
      if (side === 'source') out.push({ order: b, finding: unrelatedFinding(ctx, b) });
      continue;
    }
    const run = longestRun(own);
    if (!run || run.words.length < MIN_RUN_WORDS) continue;
    const long = sideLength(ctx, side, b);
    const base = sideLength(ctx, other, b);
    const delta = lengthDelta(long, base, towardSide, variance);
    if (delta < TOO_LONG) continue;
    const fit = (chars: number) => lengthDelta(long - chars, base, towardSide, variance);
    // The whole run if it fits, else its best-fitting part (a run may reach into words translated without a cognate).
    const whole = run.words;
    const wholeChars = whole[whole.length - 1].end - whole[0].start;
    const part = (Math.abs(fit(wholeChars)) <= FITS && wholeChars >= MIN_RUN_CHARS) || whole.length > MAX_PART_SEARCH
      ? { from: whole[0], to: whole[whole.length - 1], words: whole.length, fit: Math.abs(fit(wholeChars)) }
      : bestPart(run, fit);
    if (!part || part.fit > FITS) continue;
    const chars = part.to.end - part.from.start;
    // What the other side leaves unrendered is what a loose translation of the run would be: it must be small beside the run.
    const loose = theirContent.filter((t) => !t.rendered).reduce((sum, t) => sum + t.end - t.start, 0);
    if (loose * towardSide > OTHER_SHARE * chars) continue;
    // A segment the aligner folded into the bead although nothing renders it is reported whole, by `absorbed`.
    if (ctx.beads[b][side].length > 1 && absorbedSegments(ctx, b, side).includes(part.from.segment.index)) continue;
    // Severity by size and evidence: a long run, or a run of some size where the side is clearly too long, is a warning.
    const warning = part.words >= LONG_RUN_WORDS || (part.words >= WARNING_RUN_WORDS && delta >= CLEARLY_TOO_LONG);
    out.push({ order: b, finding: runFinding(ctx, side, rule, b, part.from, part.to, warning) });
  }
  return out;
}

function runFinding(ctx: PairContext, side: Side, rule: string, bead: number, from: Token, to: Token, warning: boolean): Found {
  const other: Side = side === 'source' ? 'target' : 'source';
  const span = from.segment.text.slice(from.start, to.end);
  const location = locateSpan(ctx.doc(side), from.segment, from.start, to.end);
  const otherLocation = locateSegments(ctx.doc(other), ctx.beads[bead][other]);
  return {
    rule,
    // A short run with less length evidence is the rule's minor variant (one level lower: info by default).
    minor: !warning,
    message: side === 'source'
      ? `part of the source has no counterpart in the target (line ${otherLocation.line}), which is shorter by about as much: "${excerpt(span)}"`
      : `part of the target has no counterpart in the source (line ${otherLocation.line}), which is shorter by about as much: "${excerpt(span)}"`,
    [side]: location,
    [other]: otherLocation,
    fingerprint: fingerprint(rule, 'partial', span, otherLocation.text ?? ''),
  };
}

function unrelatedFinding(ctx: PairContext, bead: number): Found {
  const source = locateSegments(ctx.source, ctx.beads[bead].source);
  const target = locateSegments(ctx.target, ctx.beads[bead].target);
  return {
    rule: 'omission',
    message: `the source (line ${source.line}) and the target it is paired with (line ${target.line}) share next to no word, cognate, figure or name: the target does not render it: "${excerpt(source.text ?? '')}"`,
    source,
    target,
    fingerprint: fingerprint('omission', 'unrelated', source.text ?? '', target.text ?? ''),
  };
}
