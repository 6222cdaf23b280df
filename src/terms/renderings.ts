/**
 * How the terms of a source are rendered in an aligned target, without a glossary:
 * acronyms the source defines ("équipes communes d'enquête (ECE)") are paired with
 * the acronym the target defines in the same bead ("joint investigation teams (JITs)");
 * every later use of the term (its expansion, inflected or not, or its acronym) is
 * then looked up in its bead's target: a known rendering, or a near variant of one
 * ("joint inquiry teams"), is a rendering of that use.
 */
import type { Alignment, Segment } from '../types.js';
import { acronymDefinitions, guidedDefinitions, isAcronymOf, type AcronymDefinition } from './acronyms.js';
import { isFunctionWord } from './function-words.js';
import { TermIndex } from './match.js';
import { segmentTokens, tokenize, type Token } from './tokens.js';
import { stemWord } from './stem.js';
import { findVariant } from './variant.js';

/** A span of a segment's text. */
export interface TermPlace {
  /** Segment index in its document. */
  segment: number;
  /** Start index in `Segment.text`. */
  start: number;
  /** End index (exclusive). */
  end: number;
  /** The text of the span. */
  text: string;
}

/** One use of a source term and how the target renders it there. */
export interface Rendering {
  /** Bead index. */
  bead: number;
  /** Identity of the source term: the content-word stems of its expansion. */
  sourceKey: string;
  /** The term as the source defines it (`équipes communes d’enquête (ECE)`). */
  sourceTerm: string;
  source: TermPlace;
  /** Identity of the rendering: the content-word stems of the target's words. */
  targetKey: string;
  target: TermPlace;
  /** The rendering as the target writes it, with its acronym where it defines one (`joint investigation teams (JITs)`). */
  targetTerm: string;
  /** What the source term is: an acronym the source defines, or a recurring phrase. */
  kind: 'acronym' | 'phrase';
  /** How the rendering was found: `definition` (both sides define an acronym), `known` (a rendering defined elsewhere), `variant` (a near variant of one). */
  how: 'definition' | 'known' | 'variant';
}

interface KnownTerm {
  key: string;
  display: string;
  letters: string;
  expansion: string;
  /** Target renderings seen in definitions: key → expansion text and acronym letters. */
  targets: Map<string, { expansion: string; letters: string }>;
}

/** The identity of a run of tokens: its content words' stems. */
export function termKey(tokens: readonly Token[], from: number, to: number, lang: string): string {
  const stems: string[] = [];
  for (let k = from; k < to; k++) {
    if (isFunctionWord(tokens[k].text, lang)) continue;
    // A hyphenated compound is the same term as its closed form (co-operation, cooperation).
    let word = tokens[k].text;
    while (tokens[k].next === 'hyphen' && k + 1 < to) word += tokens[++k].text;
    stems.push(word === tokens[k].text ? tokens[k].stem : stemWord(word, lang));
  }
  return stems.join(' ');
}

function place(segment: Segment, tokens: readonly Token[], from: number, to: number): TermPlace {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { segment: segment.index, start, end, text: segment.text.slice(start, end) };
}

/**
 * The renderings of the source's defined terms in the target.
 * @param sure whether the aligner is sure of a bead (near variants are looked for only there)
 * @returns renderings in bead order
 */
export function pairRenderings(alignment: Alignment, sure: (bead: number) => boolean): Rendering[] {
  const sl = alignment.source.lang;
  const tl = alignment.target.lang;
  if (sl === 'und' || tl === 'und') return [];
  const tokens = { source: segmentTokens(alignment.source.segments, sl), target: segmentTokens(alignment.target.segments, tl) };
  const out: Rendering[] = [];
  const known = new Map<string, KnownTerm>();
  const definitionAt = new Set<string>();

  // 1. Definitions on both sides of a bead.
  alignment.beads.forEach((bead, b) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    const sourceDefs: [Segment, AcronymDefinition][] = [];
    for (const i of bead.source) {
      const seg = alignment.source.segments[i];
      for (const d of acronymDefinitions(seg.text, tokens.source(i), sl)) sourceDefs.push([seg, d]);
    }
    if (sourceDefs.length === 0) return;
    const used = new Set<string>();
    for (const [seg, d] of sourceDefs) {
      const key = termKey(tokens.source(seg.index), d.firstToken, d.endToken, sl);
      let term = known.get(key);
      if (!term) {
        const expansion = seg.text.slice(d.start, d.end);
        known.set(key, (term = { key, display: `${expansion} (${d.letters})`, letters: d.letters, expansion, targets: new Map() }));
      }
      definitionAt.add(`${seg.index}:${d.start}`);
      definitionAt.add(`${seg.index}:${d.acronymStart}`);
      let pick: [Segment, AcronymDefinition] | undefined;
      for (const j of bead.target) {
        const tseg = alignment.target.segments[j];
        for (const t of guidedDefinitions(tseg.text, tokens.target(j), tl, d.contentWords, d.letters)) {
          if (used.has(`${j}:${t.start}`)) continue;
          // The same acronym kept in the translation is the surest counterpart; then a spelled-out one; then any.
          const rank = (x: AcronymDefinition) => (x.letters === d.letters ? 0 : x.strict ? 1 : 2);
          if (!pick || rank(t) < rank(pick[1])) pick = [tseg, t];
        }
      }
      if (!pick) continue;
      const [tseg, t] = pick;
      used.add(`${tseg.index}:${t.start}`);
      const targetKey = termKey(tokens.target(tseg.index), t.firstToken, t.endToken, tl);
      if (!term.targets.has(targetKey)) term.targets.set(targetKey, { expansion: tseg.text.slice(t.start, t.end), letters: t.letters });
      out.push({
        bead: b,
        sourceKey: key,
        sourceTerm: term.display,
        source: place(seg, tokens.source(seg.index), d.firstToken, d.endToken),
        targetKey,
        target: place(tseg, tokens.target(tseg.index), t.firstToken, t.endToken),
        targetTerm: `${tseg.text.slice(t.start, t.end)} (${t.acronym})`,
        kind: 'acronym',
        how: 'definition',
      });
    }
  });
  if (known.size === 0) return out;

  // 2. Later uses of each term: its expansion (any inflection) or its acronym.
  const sourceIndex = new TermIndex<KnownTerm>(sl);
  for (const term of known.values()) sourceIndex.add(term.expansion, term);
  const byLetters = new Map<string, KnownTerm[]>();
  for (const term of known.values()) (byLetters.get(term.letters) ?? byLetters.set(term.letters, []).get(term.letters)!).push(term);
  const targetIndexes = new Map<KnownTerm, TermIndex<string>>();
  for (const term of known.values()) {
    const index = new TermIndex<string>(tl);
    for (const [key, t] of term.targets) index.add(t.expansion, key);
    targetIndexes.set(term, index);
  }
  alignment.beads.forEach((bead, b) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    const uses: [Segment, KnownTerm, number, number][] = [];
    for (const i of bead.source) {
      const seg = alignment.source.segments[i];
      const toks = tokens.source(i);
      for (const m of sourceIndex.find(toks)) {
        if (!definitionAt.has(`${i}:${m.start}`)) uses.push([seg, m.term.data, m.firstToken, m.endToken]);
      }
      toks.forEach((tok, k) => {
        if (definitionAt.has(`${i}:${tok.start}`)) return;
        for (const term of byLetters.get(tok.text) ?? byLetters.get(tok.text.replace(/s$/, '')) ?? []) uses.push([seg, term, k, k + 1]);
      });
    }
    for (const [seg, term, from, to] of uses) {
      const rendering = renderingIn(alignment, bead.target, tokens.target, term, targetIndexes.get(term)!, sure(b), tl);
      if (!rendering) continue;
      out.push({ bead: b, sourceKey: term.key, sourceTerm: term.display, source: place(seg, tokens.source(seg.index), from, to), ...rendering, targetTerm: rendering.target.text, kind: 'acronym' });
    }
  });
  return out.sort((x, y) => x.bead - y.bead || x.source.start - y.source.start);
}

/** How a target bead renders a known term: a known rendering or its acronym, else (where the aligner is sure) a near variant. */
function renderingIn(
  alignment: Alignment,
  segments: readonly number[],
  tokens: (segment: number) => Token[],
  term: KnownTerm,
  index: TermIndex<string>,
  sure: boolean,
  lang: string,
): Pick<Rendering, 'targetKey' | 'target' | 'how'> | undefined {
  for (const j of segments) {
    const seg = alignment.target.segments[j];
    const [m] = index.find(tokens(j));
    if (m) return { targetKey: m.term.data, target: place(seg, tokens(j), m.firstToken, m.endToken), how: 'known' };
    for (const [key, t] of term.targets) {
      const k = tokens(j).findIndex((tok) => isAcronymOf(tok.text, t.letters));
      if (k >= 0) return { targetKey: key, target: place(seg, tokens(j), k, k + 1), how: 'known' };
    }
  }
  if (!sure) return undefined;
  for (const t of term.targets.values()) {
    const expected = tokenize(t.expansion, lang);
    for (const j of segments) {
      const v = findVariant(tokens(j), expected, lang);
      if (v) return { targetKey: termKey(tokens(j), v.firstToken, v.endToken, lang), target: place(alignment.target.segments[j], tokens(j), v.firstToken, v.endToken), how: 'variant' };
    }
  }
  return undefined;
}
