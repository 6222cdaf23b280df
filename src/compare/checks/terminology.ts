/**
 * `terminology`: a glossary term of the source whose aligned target segment has
 * none of the glossary's approved renderings, or has a forbidden one.
 */
import type { Emitted, Found as Reported, PairContext } from '../context.js';
import type { Finding, Segment } from '../../types.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSegments, locateSpan } from '../locate.js';
import { approvedTerms, findVariant, glossaryIndex, tokenize, type ConceptTerm, type Glossary, type TermMatch, type Token } from '../../terms/index.js';
import type { Side } from '../context.js';

/** A term found in one segment of a bead. */
interface Found {
  segment: Segment;
  match: TermMatch<ConceptTerm>;
}

/**
 * Check every sure pair of a cross-language alignment against the glossary.
 * An approved rendering one bead away counts (the aligner's boundaries jitter), and
 * where the aligner is unsure of a pairing only a forbidden rendering is reported;
 * the finding names the source term, the approved renderings and, where the target
 * has a forbidden term or a near variant of an approved one, what it says instead.
 */
export function checkTerminology(ctx: PairContext, glossary: Glossary): Emitted[] {
  const sl = ctx.source.lang;
  const tl = ctx.target.lang;
  if (sl === 'und' || tl === 'und' || sl === tl) return [];
  if (!glossary.languages.includes(sl) || !glossary.languages.includes(tl)) return [];
  const sourceIndex = glossaryIndex(glossary, sl);
  const targetIndex = glossaryIndex(glossary, tl);
  const tokens = { source: new Map<number, Token[]>(), target: new Map<number, Token[]>() };
  const tokensOf = (side: Side, segment: Segment): Token[] => {
    let t = tokens[side].get(segment.index);
    if (!t) tokens[side].set(segment.index, (t = tokenize(segment.text, side === 'source' ? sl : tl)));
    return t;
  };
  const found = (side: Side, bead: number): Found[] => {
    const index = side === 'source' ? sourceIndex : targetIndex;
    const out: Found[] = [];
    for (const i of ctx.beads[bead][side]) {
      const segment = ctx.doc(side).segments[i];
      for (const match of index.find(tokensOf(side, segment))) out.push({ segment, match });
    }
    return out;
  };

  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    const bead = ctx.beads[b];
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    // Where the aligner is unsure, a missing rendering may sit in another bead: only a forbidden one is reported there.
    const sure = ctx.isSurePair(b);
    const sourceTerms = found('source', b);
    if (sourceTerms.length === 0) continue;
    const targetTerms = found('target', b);
    const reported = new Set<string>();
    for (const s of sourceTerms) {
      const concept = s.match.term.data.concept;
      if (reported.has(concept.id)) continue;
      const approved = approvedTerms(concept, tl);
      if (approved.length === 0) continue;
      reported.add(concept.id);
      const ofConcept = targetTerms.filter((t) => t.match.term.data.concept === concept);
      const bad = ofConcept.find((t) => t.match.term.data.term.status === 'forbidden');
      const good = ofConcept.some((t) => t.match.term.data.term.status !== 'forbidden');
      const expected = approved.map((t) => t.text);
      if (bad) {
        out.push({ order: b, finding: finding(ctx, glossary.path, b, s, expected, { segment: bad.segment, start: bad.match.start, end: bad.match.end }, true) });
        continue;
      }
      if (good || !sure) continue;
      if (ctx.neighbours('target', b).some((n) => found('target', n).some((t) => t.match.term.data.concept === concept && t.match.term.data.term.status !== 'forbidden'))) continue;
      out.push({ order: b, finding: finding(ctx, glossary.path, b, s, expected, variantIn(ctx, b, approved.map((t) => t.text), tokensOf, targetIndex.lang), false) });
    }
  }
  return out;
}

interface Span {
  segment: Segment;
  start: number;
  end: number;
}

/** The target's near variant of an approved term (most words shared), if any. */
function variantIn(ctx: PairContext, bead: number, approved: string[], tokensOf: (side: Side, s: Segment) => Token[], lang: string): Span | undefined {
  let best: { span: Span; shared: number } | undefined;
  for (const text of approved) {
    const expected = tokenize(text, lang);
    for (const i of ctx.beads[bead].target) {
      const segment = ctx.target.segments[i];
      const toks = tokensOf('target', segment);
      const v = findVariant(toks, expected, lang);
      if (v && (!best || v.shared / expected.length > best.shared)) {
        best = { span: { segment, start: toks[v.firstToken].start, end: toks[v.endToken - 1].end }, shared: v.shared / expected.length };
      }
    }
  }
  return best?.span;
}

function quoteList(terms: string[]): string {
  return terms.map((t) => `"${t}"`).join(' or ');
}

function finding(ctx: PairContext, path: string, bead: number, s: Found, expected: string[], instead: Span | undefined, forbidden: boolean): Reported {
  const sourceText = s.segment.text.slice(s.match.start, s.match.end);
  const actual = instead ? instead.segment.text.slice(instead.start, instead.end) : undefined;
  const message = forbidden
    ? `forbidden term "${actual}" for "${sourceText}" (source): the glossary has ${quoteList(expected)}`
    : `"${sourceText}" (source) is not rendered as the glossary has it: expected ${quoteList(expected)}${actual ? `, the target has "${actual}"` : ''}`;
  const concept = s.match.term.data.concept;
  const f: Reported = {
    rule: 'terminology',
    message,
    source: locateSpan(ctx.source, s.segment, s.match.start, s.match.end),
    target: instead ? locateSpan(ctx.target, instead.segment, instead.start, instead.end) : locateSegments(ctx.target, ctx.beads[bead].target),
    expected: expected.join(' | '),
  };
  if (actual) f.actual = actual;
  f.note = `glossary ${path}, ${conceptPlace(concept.id, concept.line)}`;
  f.fingerprint = fingerprint('terminology', sourceText, f.expected ?? '', actual ?? '', s.segment.text);
  return f;
}

function conceptPlace(id: string, line: number): string {
  return id.startsWith('row ') ? `line ${line}` : `entry ${id}, line ${line}`;
}
