/** `name-mismatch`: a person, place, organisation or acronym that differs or is missing. */
import type { Emitted, PairContext, PlacedAnchor } from '../context.js';
import { oneLetterApart, personPart, reordered, surname } from '../persons.js';
import { containsWords, countWords, editDistance, fold, foldedWords, indexOfWords } from '../text.js';
import { matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/** Letters per allowed edit for a misspelling: `Colomb`/`Collomb` (1 in 13) is one, `Iraq-Syria`/`Iraqi-Syrian` (2 in 12) is a wording. */
const LETTERS_PER_EDIT = 8;
/** Shorter words (`de`, `van`, `Le`) say nothing about whether a name occurs in a text. */
const MIN_NAME_WORD = 3;
/** An acronym alone in brackets, as where it is defined: `(CCPD)`. */
const DEFINED = /^\(.*\)$/su;

function misspelled(a: string, b: string): boolean {
  const max = Math.max(1, Math.floor(Math.max(a.length, b.length) / LETTERS_PER_EDIT));
  const d = editDistance(a, b, max);
  return d > 0 && d <= max;
}

/** Whether a name's surfaces differ only in accents (case aside). */
function accentOnly(a: string, b: string): boolean {
  return a.toLowerCase() !== b.toLowerCase() && fold(a) === fold(b);
}

const key = (a: PlacedAnchor) => fold(a.value);
const isSingleWord = (a: PlacedAnchor) => !/\s/.test(a.surface.trim());

/**
 * Compare the names of each sure pair.
 *
 * Same language: every name and acronym. A changed one is reported as
 * misspelled (close) or differing (the only one left on each side); a missing
 * person or acronym when the counterpart and its neighbours do not write it, a
 * missing multi-word name when the other document never writes it (names of
 * things move with the wording; single capitalised words come and go with it).
 *
 * Across languages, where titles, institutions and most acronyms are
 * translated: person names (titles before them left out), which translations
 * keep, are reported when misspelled, when another person stands in their
 * place, or when their surname is not in the counterpart; acronyms when one
 * letter apart (`PNR`/`PNS`, not `RGPD`/`GDPR`), or missing where the
 * translation writes the same acronym elsewhere, so that it is one it keeps.
 * Accent-only differences are `info`.
 */
export function checkNameMismatch(ctx: PairContext): Emitted[] {
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    if (ctx.sameLanguage) sameLanguage(ctx, b, out);
    else {
      persons(ctx, b, out);
      acronyms(ctx, b, out);
    }
  }
  return out;
}

/** Anchors left over on each side once equal ones are matched and the other bead's text is checked for the rest. */
function leftovers(ctx: PairContext, b: number, src: PlacedAnchor[], tgt: PlacedAnchor[]) {
  const left = matchAnchors(src, tgt, key);
  const sourceText = ctx.beadText('source', b);
  const targetText = ctx.beadText('target', b);
  // The other side may write a name the extractor read differently: count what each text writes.
  const written = (a: PlacedAnchor, own: string, other: string) => countWords(other, fold(a.surface)) >= Math.max(1, countWords(own, fold(a.surface)));
  return {
    source: left.source.filter((a) => !written(a, sourceText, targetText)),
    target: left.target.filter((a) => !written(a, targetText, sourceText)),
  };
}

function accentFindings(ctx: PairContext, b: number, src: PlacedAnchor[], tgt: PlacedAnchor[], out: Emitted[]): void {
  for (const s of src) {
    const t = tgt.find((x) => key(x) === key(s) && accentOnly(s.surface, x.surface)) ?? (tgt.some((x) => key(x) === key(s)) ? undefined : writtenWithOtherAccents(ctx, b, s));
    if (!t) continue;
    out.push({ order: b, finding: valueFinding(ctx, {
      rule: 'name-mismatch', minor: true, bead: b, source: s, target: t,
      message: `name differs in accents: ${s.surface} (source) vs ${t.surface} (target)`,
    }) });
  }
}

/** Whether two names share a word (a given name, a surname, `Affairs`). */
function shareWord(s: PlacedAnchor, t: PlacedAnchor): boolean {
  const theirs = new Set(foldedWords(t.surface).filter((w) => w.length >= MIN_NAME_WORD));
  return foldedWords(s.surface).some((w) => theirs.has(w));
}

function report(ctx: PairContext, b: number, out: Emitted[], how: 'spelled' | 'differs' | 'missing', s: PlacedAnchor, t?: PlacedAnchor): void {
  const what = s.kind === 'acronym' ? 'acronym' : 'name';
  const message = how === 'spelled' ? `${what} spelled differently: ${s.surface} (source) vs ${t!.surface} (target)`
    : how === 'differs' ? `${what} differs: ${s.surface} (source) vs ${t!.surface} (target)`
      : `${what} missing in the target: ${s.surface} (source)`;
  out.push({ order: b, finding: valueFinding(ctx, { rule: 'name-mismatch', bead: b, source: s, target: t, message }) });
}

/** Pair left-over anchors that `close` accepts, most alike first; returns what stays unpaired. */
function pairUp(source: PlacedAnchor[], target: PlacedAnchor[], close: (s: PlacedAnchor, t: PlacedAnchor) => boolean, emit: (s: PlacedAnchor, t: PlacedAnchor) => void) {
  const used = new Set<PlacedAnchor>();
  const rest: PlacedAnchor[] = [];
  for (const s of source) {
    const t = target.find((x) => !used.has(x) && close(s, x));
    if (t) { used.add(t); emit(s, t); } else rest.push(s);
  }
  return { source: rest, target: target.filter((t) => !used.has(t)) };
}

function sameLanguage(ctx: PairContext, b: number, out: Emitted[]): void {
  const src = ctx.beadAnchors('source', b, ['name', 'acronym']);
  const tgt = ctx.beadAnchors('target', b, ['name', 'acronym']);
  if (src.length === 0 && tgt.length === 0) return;
  accentFindings(ctx, b, src, tgt, out);
  const left = leftovers(ctx, b, src, tgt);
  const rest = pairUp(left.source, left.target, (s, t) => s.kind === t.kind && misspelled(key(s), key(t)), (s, t) => report(ctx, b, out, 'spelled', s, t));
  // One name replaced by another; single capitalised words are left to the wording (`Iraq-Syria`/`Iraqi-Syrian`).
  const comparable = (a: PlacedAnchor) => a.kind === 'acronym' || !isSingleWord(a);
  const missing = rest.source.filter((s) => missingSameLanguage(ctx, b, s));
  // A missing name with one new name in its place was replaced by it: an acronym by an acronym, a name by one sharing a word.
  const [s] = missing;
  const [t] = rest.target;
  const replaced = s !== undefined && t !== undefined && s.kind === t.kind && comparable(s) && comparable(t) && (s.kind === 'acronym' || shareWord(s, t));
  if (missing.length === 1 && rest.target.length === 1 && replaced) {
    report(ctx, b, out, 'differs', s, t);
    return;
  }
  for (const m of missing) report(ctx, b, out, 'missing', m);
}

/**
 * Whether a source name is gone from a same-language target: never for a
 * single capitalised word; for a person or an acronym, when the counterpart
 * and its neighbours write it fewer times than the source bead and its
 * neighbours; for other names (of things, which drafts reword), when the
 * target never writes it.
 */
function missingSameLanguage(ctx: PairContext, b: number, anchor: PlacedAnchor): boolean {
  if (anchor.kind === 'name' && isSingleWord(anchor)) return false;
  const phrase = fold(anchor.surface);
  if (anchor.kind === 'acronym' || personPart(anchor)?.surface === anchor.surface) {
    return fewerNearby(ctx, b, phrase) && (anchor.kind === 'acronym'
      ? (ctx.acronymCounts('target').get(anchor.value) ?? 0) < (ctx.acronymCounts('source').get(anchor.value) ?? 0)
      : fewerInTarget(ctx, phrase));
  }
  if (ctx.neighbours('target', b).some((n) => containsWords(ctx.beadText('target', n), phrase))) return false;
  const words = ctx.wordSet('target');
  // Cheap test first: a name with a word the target never uses is missing without a phrase search.
  return !foldedWords(anchor.surface).every((w) => words.has(w)) || !containsWords(ctx.foldedText('target'), phrase);
}

/**
 * Whether the target writes a phrase fewer times around a bead than the source
 * does around it: the bead and its neighbours on each side, so that alignment
 * jitter moves no name out of sight, and a name said twice here and once there is missed.
 */
function fewerNearby(ctx: PairContext, b: number, phrase: string): boolean {
  const around = (side: 'source' | 'target') => [b, ...ctx.neighbours(side, b)].reduce((n, x) => n + countWords(ctx.beadText(side, x), phrase), 0);
  return around('target') < around('source');
}

function persons(ctx: PairContext, b: number, out: Emitted[]): void {
  const people = (side: 'source' | 'target') => ctx.beadAnchors(side, b, ['name']).map(personPart).filter((a): a is PlacedAnchor => a !== undefined);
  const src = people('source');
  const tgt = people('target');
  if (src.length === 0 && tgt.length === 0) return;
  accentFindings(ctx, b, src, tgt, out);
  const left = leftovers(ctx, b, src, tgt);
  let rest = pairUp(left.source, left.target, (s, t) => misspelled(key(s), key(t)), (s, t) => report(ctx, b, out, 'spelled', s, t));
  // Another person in the same place: the names share a given name or a surname, not both.
  rest = pairUp(rest.source, rest.target, shareWord, (s, t) => report(ctx, b, out, 'differs', s, t));
  for (const s of rest.source) {
    const name = surname(s);
    if (fewerNearby(ctx, b, name) && fewerInTarget(ctx, name)) report(ctx, b, out, 'missing', s);
  }
}

/**
 * Whether the target document writes a name (its last word) fewer times than
 * the source: otherwise a name missing here was moved, or said once for two
 * mentions (`the minister` here, the name in the next sentence).
 */
function fewerInTarget(ctx: PairContext, name: string): boolean {
  const words = foldedWords(name);
  const last = words[words.length - 1] ?? name;
  return (ctx.wordCounts('target').get(last) ?? 0) < (ctx.wordCounts('source').get(last) ?? 0);
}

function acronyms(ctx: PairContext, b: number, out: Emitted[]): void {
  const src = ctx.beadAnchors('source', b, ['acronym']);
  const tgt = ctx.beadAnchors('target', b, ['acronym']);
  if (src.length === 0) return;
  const left = leftovers(ctx, b, src, tgt);
  const rest = pairUp(left.source, left.target, (s, t) => oneLetterApart(s.value, t.value), (s, t) => report(ctx, b, out, 'differs', s, t));
  const kept = ctx.acronymCounts('target');
  for (const s of rest.source) {
    if (tgt.some((t) => reordered(t.value, s.value))) continue;
    // An acronym the translation keeps elsewhere is one it would write here too, unless it writes it as often as the source.
    const keeps = kept.has(s.value) && fewerNearby(ctx, b, fold(s.surface)) && (kept.get(s.value) ?? 0) < (ctx.acronymCounts('source').get(s.value) ?? 0);
    // An acronym defined in brackets gets brackets in a translation too, kept or translated.
    const defined = DEFINED.test(s.segment.text.slice(Math.max(0, s.start - 1), s.end + 1)) && rest.target.length === 0 && !tgt.some((t) => DEFINED.test(t.segment.text.slice(Math.max(0, t.start - 1), t.end + 1)));
    if (keeps || defined) report(ctx, b, out, 'missing', s);
  }
}

/**
 * Where the target bead writes a source name the extractor did not pick up,
 * if it writes it with other accents.
 */
function writtenWithOtherAccents(ctx: PairContext, bead: number, anchor: PlacedAnchor): PlacedAnchor | undefined {
  const value = fold(anchor.surface);
  for (const index of ctx.beads[bead].target) {
    const segment = ctx.target.segments[index];
    const folded = fold(segment.text);
    // Folding keeps precomposed letters one code unit long; otherwise offsets would not map back.
    if (folded.length !== segment.text.length) continue;
    const at = indexOfWords(folded, value);
    if (at < 0) continue;
    const surface = segment.text.slice(at, at + value.length);
    if (!accentOnly(anchor.surface, surface)) return undefined;
    return { kind: anchor.kind, surface, value: anchor.value, start: at, end: at + value.length, segment, at: anchor.at };
  }
  return undefined;
}
