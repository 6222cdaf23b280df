/**
 * Bilingual term candidates from aligned versions, so a termbase can be started
 * from a corpus: the acronyms the source defines with the target's rendering, and
 * the source's recurring multi-word units with their most associated target
 * counterpart (Dice coefficient over the aligned beads, as in Smadja, McKeown and
 * Hatzivassiloglou's Champollion, 1996).
 */
import type { Alignment, Location } from '../types.js';
import { locateSpan } from '../compare/locate.js';
import { isFunctionWord } from './function-words.js';
import { pairRenderings, termKey, type Rendering } from './renderings.js';
import { segmentTokens, tokenize, type Token } from './tokens.js';

/**
 * A phrase is a term candidate when it recurs at least this often in the source (the default of
 * `terms --min-count`): on the seeds, phrases seen twice were mostly chance pairings (a repeated
 * bullet, a date), phrases seen three times or more mostly real terms.
 */
export const MIN_OCCURRENCES = 3;
/** Words either side of a use that make its context: uses in one repeated passage count as one context. */
const CONTEXT_WORDS = 2;
/** Longest phrase considered, in words. */
export const MAX_PHRASE_WORDS = 4;
/** A counterpart's Dice coefficient with the phrase (2·both / (phrase beads + counterpart beads)) must reach this. */
export const MIN_DICE = 0.6;
/**
 * A counterpart counts as beside the phrase in a bead only where it stands at about the same
 * place (start offset over the bead's text length, within this distance): translations keep
 * the order of a sentence's parts far more often than not, and on the seeds a looser window
 * paired repeated bullets' phrases with any words of their counterparts.
 */
export const MAX_PLACE_SHIFT = 0.3;

/** A bilingual term candidate. */
export interface TermCandidate {
  kind: 'acronym' | 'phrase';
  sourceLanguage: string;
  targetLanguage: string;
  /** The source term as written most often (an acronym's expansion, then the acronym). */
  source: string;
  /** The target counterpart as written most often. */
  target: string;
  /** The source's acronym and the target's, for acronym candidates. */
  sourceAcronym?: string;
  targetAcronym?: string;
  /** Uses of the source term in the aligned source(s). */
  count: number;
  /** Beads where the counterpart stands beside the source term. */
  together: number;
  /** Where the source term and the counterpart were found. */
  sourcePositions: Location[];
  targetPositions: Location[];
}

interface Occurrence {
  bead: number;
  segment: number;
  first: number;
  end: number;
  /** Where it starts in its bead's side, from 0 to 1. */
  at: number;
}

function mostFrequent(surfaces: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = surfaces[0];
  for (const [s, n] of counts) if (n > (counts.get(best) ?? 0)) best = s;
  return best;
}

/** The phrases of a segment: runs of 2…MAX words inside one phrase, starting and ending on content words. */
function phrases(tokens: readonly Token[], lang: string, minWords: number, visit: (first: number, end: number) => void): void {
  const content = (t: Token) => !isFunctionWord(t.text, lang) && !/^\d+$/.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!content(tokens[i])) continue;
    for (let len = 1; len <= MAX_PHRASE_WORDS && i + len <= tokens.length; len++) {
      if (len > 1 && tokens[i + len - 2].next === 'break') break;
      if (len >= minWords && content(tokens[i + len - 1])) visit(i, i + len);
    }
  }
}

/**
 * Term candidates of one aligned pair (cross-language).
 * @param options `minCount`: uses a phrase needs (default `MIN_OCCURRENCES`); `renderings`: the pair's
 *   acronym renderings when already computed (`pairRenderings`)
 * @returns acronym candidates first (in source order), then phrases by count
 */
export function extractCandidates(alignment: Alignment, options: { minCount?: number; renderings?: Rendering[] } = {}): TermCandidate[] {
  const minCount = options.minCount ?? MIN_OCCURRENCES;
  const sl = alignment.source.lang;
  const tl = alignment.target.lang;
  if (sl === 'und' || tl === 'und' || sl === tl) return [];
  const src = alignment.source;
  const tgt = alignment.target;
  const stoks = segmentTokens(src.segments, sl);
  const ttoks = segmentTokens(tgt.segments, tl);
  const out: TermCandidate[] = [];

  // Acronyms: what the renderings say, grouped by source term, with its most frequent rendering.
  const renderings = options.renderings ?? pairRenderings(alignment, () => true);
  const bySource = new Map<string, typeof renderings>();
  for (const r of renderings) {
    let list = bySource.get(r.sourceKey);
    if (!list) bySource.set(r.sourceKey, (list = []));
    list.push(r);
  }
  for (const uses of bySource.values()) {
    const counts = new Map<string, number>();
    for (const u of uses) counts.set(u.targetKey, (counts.get(u.targetKey) ?? 0) + 1);
    const main = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const def = uses.find((u) => u.how === 'definition' && u.targetKey === main) ?? uses.find((u) => u.targetKey === main)!;
    const m = /^(.*) \((\S+)\)$/.exec(def.sourceTerm);
    const t = /^(.*) \((\S+)\)$/.exec(def.targetTerm);
    out.push({
      kind: 'acronym',
      sourceLanguage: sl,
      targetLanguage: tl,
      source: m ? m[1] : def.sourceTerm,
      target: t ? t[1] : def.target.text,
      ...(m ? { sourceAcronym: m[2] } : {}),
      ...(t ? { targetAcronym: t[2] } : {}),
      count: uses.length,
      together: counts.get(main)!,
      sourcePositions: uses.map((u) => locateSpan(src, src.segments[u.source.segment], u.source.start, u.source.end)),
      targetPositions: uses.filter((u) => u.targetKey === main).map((u) => locateSpan(tgt, tgt.segments[u.target.segment], u.target.start, u.target.end)),
    });
  }

  // Phrases: recurring source units and the target unit most associated with them over the beads.
  const beadOfSource = new Int32Array(src.segments.length).fill(-1);
  const paired: number[] = [];
  // Each segment's start within its bead's side, and the side's length, for relative places.
  const offsetIn = { source: new Float64Array(src.segments.length), target: new Float64Array(tgt.segments.length) };
  const sideLength = { source: new Float64Array(src.segments.length), target: new Float64Array(tgt.segments.length) };
  alignment.beads.forEach((bead, b) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    paired.push(b);
    for (const i of bead.source) beadOfSource[i] = b;
    for (const side of ['source', 'target'] as const) {
      const segs = side === 'source' ? src.segments : tgt.segments;
      let total = 0;
      for (const i of bead[side]) { offsetIn[side][i] = total; total += segs[i].text.length + 1; }
      for (const i of bead[side]) sideLength[side][i] = Math.max(1, total - 1);
    }
  });
  const atOf = (side: 'source' | 'target', segment: number, textIndex: number) => (offsetIn[side][segment] + textIndex) / sideLength[side][segment];
  const sourceUnits = new Map<string, Occurrence[]>();
  src.segments.forEach((seg, i) => {
    if (beadOfSource[i] < 0) return;
    phrases(stoks(i), sl, 2, (first, end) => {
      const key = termKey(stoks(i), first, end, sl) + '|' + stoks(i).slice(first, end).map((t) => t.stem).join(' ');
      let list = sourceUnits.get(key);
      if (!list) sourceUnits.set(key, (list = []));
      list.push({ bead: beadOfSource[i], segment: seg.index, first, end, at: atOf('source', i, stoks(i)[first].start) });
    });
  });
  // Per target unit, the beads it occurs in.
  const targetBeads = new Map<string, Set<number>>();
  const targetContent = new Map<string, number>();
  // Each bead's target units, listed once: the candidates below read these lists instead of re-cutting the text.
  const unitsIn = new Map<number, (Occurrence & { key: string })[]>();
  for (const b of paired) {
    const units: (Occurrence & { key: string })[] = [];
    for (const j of alignment.beads[b].target) {
      phrases(ttoks(j), tl, 1, (first, end) => {
        const key = ttoks(j).slice(first, end).map((t) => t.stem).join(' ');
        let beads = targetBeads.get(key);
        if (!beads) targetBeads.set(key, (beads = new Set()));
        beads.add(b);
        if (!targetContent.has(key)) targetContent.set(key, contentWords(ttoks(j).slice(first, end), tl));
        units.push({ key, bead: b, segment: j, first, end, at: atOf('target', j, ttoks(j)[first].start) });
      });
    }
    unitsIn.set(b, units);
  }
  const candidates: { key: string; occ: Occurrence[] }[] = [];
  for (const [key, occ] of sourceUnits) {
    const beads = new Set(occ.map((o) => o.bead));
    if (occ.length < minCount || beads.size < 2) continue;
    // A passage repeated word for word (a duplicated bullet) is one use, not a recurring term.
    const contexts = new Set(occ.map((o) => {
      const t = stoks(o.segment);
      return t.slice(Math.max(0, o.first - CONTEXT_WORDS), o.end + CONTEXT_WORDS).map((x) => x.stem).join(' ');
    }));
    if (contexts.size < 2) continue;
    candidates.push({ key, occ });
  }
  // A unit inside a longer one with as many uses is that longer unit's part, not a term of its own;
  // a unit inside a defined acronym's expansion belongs to the acronym's candidate.
  // Every shorter run of words inside a longer unit or a defined expansion, with the most uses of a unit it lies in
  // (each unit has at most MAX_PHRASE_WORDS words: a handful of runs, so this stays linear).
  const inside = new Map<string, number>();
  const mark = (stems: string[], uses: number) => {
    for (let a = 0; a < stems.length; a++) {
      for (let b = a + 1; b <= stems.length; b++) {
        if (b - a === stems.length) continue;
        const k = stems.slice(a, b).join(' ');
        inside.set(k, Math.max(inside.get(k) ?? 0, uses));
      }
    }
  };
  for (const d of candidates) mark(d.key.split('|')[1].split(' '), d.occ.length);
  const expansions = new Set(renderings.map((r) => r.sourceTerm.replace(/ \(\S+\)$/, '')));
  for (const e of expansions) {
    const stems = tokenize(e, sl).map((t) => t.stem);
    mark(stems, Number.POSITIVE_INFINITY);
    inside.set(stems.join(' '), Number.POSITIVE_INFINITY);
  }
  const keep = candidates.filter((c) => (inside.get(c.key.split('|')[1]) ?? 0) < c.occ.length);
  for (const c of keep) {
    const beads = new Set(c.occ.map((o) => o.bead));
    const placesIn = new Map<number, number[]>();
    for (const o of c.occ) (placesIn.get(o.bead) ?? placesIn.set(o.bead, []).get(o.bead)!).push(o.at);
    const together = new Map<string, number>();
    for (const b of beads) {
      const seen = new Set<string>();
      const places = placesIn.get(b)!;
      for (const u of unitsIn.get(b)!) if (places.some((p) => Math.abs(p - u.at) <= MAX_PLACE_SHIFT)) seen.add(u.key);
      for (const k of seen) together.set(k, (together.get(k) ?? 0) + 1);
    }
    let best: { key: string; dice: number; score: number; both: number; content: number } | undefined;
    const [first] = c.occ;
    const sourceWords = contentWords(stoks(first.segment).slice(first.first, first.end), sl);
    for (const [k, both] of together) {
      if (both < 2) continue;
      const dice = (2 * both) / (beads.size + targetBeads.get(k)!.size);
      if (dice < MIN_DICE) continue;
      // A counterpart as full as the source phrase, met almost as often, beats a word of it met
      // everywhere (`European arrest warrant` in two beads of three over `European` in all three):
      // uses times content words, the words counted up to the source phrase's own.
      // Ties go to the likelier pairing, then to the fuller phrase (`fight against violent radicalisation`, not `… violent`).
      const content = targetContent.get(k)!;
      const score = both * Math.min(content, sourceWords);
      if (!best || score > best.score || (score === best.score && (dice > best.dice || (dice === best.dice && content > best.content)))) {
        best = { key: k, dice, score, both, content };
      }
    }
    if (!best) continue;
    // The counterpart's uses beside the phrase: looked up in the phrase's own beads (a frequent counterpart's full list would make this quadratic).
    const tocc: Occurrence[] = [];
    for (const b of beads) {
      for (const u of unitsIn.get(b)!) if (u.key === best.key && placesIn.get(b)!.some((p) => Math.abs(p - u.at) <= MAX_PLACE_SHIFT)) tocc.push(u);
    }
    out.push({
      kind: 'phrase',
      sourceLanguage: sl,
      targetLanguage: tl,
      source: mostFrequent(c.occ.map((o) => spanText(src.segments[o.segment].text, stoks(o.segment), o))),
      target: mostFrequent(tocc.map((o) => spanText(tgt.segments[o.segment].text, ttoks(o.segment), o))),
      count: c.occ.length,
      together: best.both,
      sourcePositions: c.occ.map((o) => locateSpan(src, src.segments[o.segment], stoks(o.segment)[o.first].start, stoks(o.segment)[o.end - 1].end)),
      targetPositions: tocc.map((o) => locateSpan(tgt, tgt.segments[o.segment], ttoks(o.segment)[o.first].start, ttoks(o.segment)[o.end - 1].end)),
    });
  }
  const acronyms = out.filter((c) => c.kind === 'acronym');
  const units = out.filter((c) => c.kind === 'phrase').sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return [...acronyms, ...units];
}

function contentWords(tokens: readonly Token[], lang: string): number {
  return tokens.filter((t) => !isFunctionWord(t.text, lang)).length;
}

function spanText(text: string, tokens: readonly Token[], o: Occurrence): string {
  return text.slice(tokens[o.first].start, tokens[o.end - 1].end);
}

/**
 * Merge the candidates of several pairs: the same source and target terms (by their
 * words' stems, per language pair) add up their counts and positions.
 */
export function mergeCandidates(lists: readonly TermCandidate[][]): TermCandidate[] {
  const byKey = new Map<string, TermCandidate>();
  const out: TermCandidate[] = [];
  for (const list of lists) {
    for (const c of list) {
      const key = [c.kind, c.sourceLanguage, c.targetLanguage, stems(c.source, c.sourceLanguage), stems(c.target, c.targetLanguage)].join('\u0000');
      const prev = byKey.get(key);
      if (!prev) {
        const copy = { ...c, sourcePositions: [...c.sourcePositions], targetPositions: [...c.targetPositions] };
        byKey.set(key, copy);
        out.push(copy);
        continue;
      }
      prev.targetPositions.push(...c.targetPositions);
      prev.together += c.together;
      // The same source file met in several pairs counts its uses once.
      const seen = new Set(prev.sourcePositions.map((p) => `${p.path}\u0000${p.start}`));
      for (const p of c.sourcePositions) if (!seen.has(`${p.path}\u0000${p.start}`)) prev.sourcePositions.push(p);
      prev.count = prev.sourcePositions.length;
    }
  }
  return out;
}

function stems(text: string, lang: string): string {
  return tokenize(text, lang).map((t) => t.stem).join(' ');
}
