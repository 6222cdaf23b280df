/**
 * Renderings of the source's recurring phrases (no acronym needed): each phrase
 * `extractCandidates` pairs with a counterpart of two words or more is looked up
 * in every sure bead where the source uses it; where the target has not the
 * counterpart but a near variant of it ("joint inquiry teams" for "joint
 * investigation teams"), that variant is a rendering of the phrase there.
 */
import type { Alignment } from '../types.js';
import { extractCandidates } from './extract.js';
import { TermIndex } from './match.js';
import { termKey, type Rendering, type TermPlace } from './renderings.js';
import { tokenize, type Token } from './tokens.js';
import { findVariant } from './variant.js';

/**
 * The renderings of the recurring phrases of a cross-language pair.
 * @param sure whether the aligner is sure of a bead (only sure beads are looked at)
 * @param acronyms the pair's acronym renderings, when already computed
 */
export function phraseRenderings(alignment: Alignment, sure: (bead: number) => boolean, acronyms?: Rendering[]): Rendering[] {
  const sl = alignment.source.lang;
  const tl = alignment.target.lang;
  const phrases = extractCandidates(alignment, { renderings: acronyms }).filter((c) => c.kind === 'phrase');
  if (phrases.length === 0) return [];
  const sourceIndex = new TermIndex<number>(sl);
  phrases.forEach((c, k) => sourceIndex.add(c.source, k));
  const targets = phrases.map((c) => {
    const index = new TermIndex<number>(tl);
    index.add(c.target, 0);
    const tokens = tokenize(c.target, tl);
    return { index, tokens, stems: tokens.map((t) => t.stem) };
  });
  const ttoks = new Map<number, Token[]>();
  const targetTokens = (j: number) => {
    let t = ttoks.get(j);
    if (!t) ttoks.set(j, (t = tokenize(alignment.target.segments[j].text, tl)));
    return t;
  };
  const place = (text: string, segment: number, tokens: readonly Token[], from: number, to: number): TermPlace => ({
    segment, start: tokens[from].start, end: tokens[to - 1].end, text: text.slice(tokens[from].start, tokens[to - 1].end),
  });
  const out: Rendering[] = [];
  alignment.beads.forEach((bead, b) => {
    if (!sure(b)) return;
    for (const i of bead.source) {
      const seg = alignment.source.segments[i];
      const stoks = tokenize(seg.text, sl);
      for (const m of sourceIndex.find(stoks)) {
        const c = phrases[m.term.data];
        const t = targets[m.term.data];
        if (t.stems.length < 2) continue;
        const source = place(seg.text, i, stoks, m.firstToken, m.endToken);
        const base = { bead: b, sourceKey: `phrase:${termKey(stoks, m.firstToken, m.endToken, sl)}`, sourceTerm: c.source, source, kind: 'phrase' as const };
        let found: Rendering | undefined;
        for (const j of bead.target) {
          const toks = targetTokens(j);
          const text = alignment.target.segments[j].text;
          const [hit] = t.index.find(toks);
          if (hit) {
            const target = place(text, j, toks, hit.firstToken, hit.endToken);
            // Every form the counterpart's matcher accepts (inflected, closed up) is that one rendering.
            found = { ...base, targetKey: `phrase:${t.stems.join(' ')}`, target, targetTerm: target.text, how: 'known' };
            break;
          }
          const v = findVariant(toks, t.tokens, tl);
          if (v && !found) {
            const target = place(text, j, toks, v.firstToken, v.endToken);
            found = { ...base, targetKey: termKey(toks, v.firstToken, v.endToken, tl), target, targetTerm: target.text, how: 'variant' };
          }
        }
        if (found) out.push(found);
      }
    }
  });
  return out;
}
