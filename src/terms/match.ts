/**
 * Finding terms in a text whatever their inflection: a term is a sequence of word
 * stems; it matches a run of words with the same stems joined by white space, a
 * hyphen or an apostrophe (never across punctuation). A hyphenated compound matches
 * its closed form and back (`co-operation` / `cooperation`), and a word broken at
 * a line end by a hyphen (`investi- gation`) matches the whole word.
 */
import { stemWord } from './stem.js';
import { tokenize, type Token } from './tokens.js';

/** A term ready for matching. */
export interface CompiledTerm<T> {
  /** Stems of its words. */
  words: string[];
  /** Stem of each pair of adjacent words written as one (`co` + `operation`), for closed forms. */
  joined: string[];
  /** What the caller attached to the term. */
  data: T;
}

/** Where a term matched: token indices (end exclusive) and text indices. */
export interface TermMatch<T> {
  term: CompiledTerm<T>;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
}

/**
 * Compile a term for matching.
 * @param text the term as written
 * @param lang its language (ISO 639-1)
 * @param data attached to every match
 * @returns undefined when the term has no word (only punctuation)
 */
export function compileTerm<T>(text: string, lang: string, data: T): CompiledTerm<T> | undefined {
  const tokens = tokenize(text, lang);
  if (tokens.length === 0) return undefined;
  const words = tokens.map((t) => t.stem);
  const joined = tokens.slice(0, -1).map((t, k) => stemWord(t.text + tokens[k + 1].text, lang));
  return { words, joined, data };
}

/** Terms indexed by the stem they can start with, so a text is scanned once whatever the glossary's size. */
export class TermIndex<T> {
  private readonly byFirst = new Map<string, CompiledTerm<T>[]>();
  readonly lang: string;

  /** @param lang language of the terms and of the texts searched */
  constructor(lang: string) {
    this.lang = lang;
  }

  /** Add a term (ignored when it has no word). */
  add(text: string, data: T): void {
    const term = compileTerm(text, this.lang, data);
    if (!term) return;
    for (const key of new Set([term.words[0], ...(term.joined.length ? [term.joined[0]] : [])])) {
      let list = this.byFirst.get(key);
      if (!list) this.byFirst.set(key, (list = []));
      list.push(term);
    }
  }

  /** Whether any term was added. */
  get size(): number {
    return this.byFirst.size;
  }

  /**
   * The terms in a text, longest first at each place, not overlapping.
   * @param tokens the text's tokens (`tokenize(text, lang)`), or the text itself
   */
  find(tokens: Token[] | string): TermMatch<T>[] {
    const toks = typeof tokens === 'string' ? tokenize(tokens, this.lang) : tokens;
    const out: TermMatch<T>[] = [];
    let p = 0;
    while (p < toks.length) {
      const keys = [toks[p].stem];
      if (toks[p].next === 'hyphen' && p + 1 < toks.length) keys.push(stemWord(toks[p].text + toks[p + 1].text, this.lang));
      let best: { term: CompiledTerm<T>; end: number }[] = [];
      let bestEnd = -1;
      const tried = new Set<CompiledTerm<T>>();
      for (const key of keys) {
        for (const term of this.byFirst.get(key) ?? []) {
          if (tried.has(term)) continue;
          tried.add(term);
          const end = matchAt(toks, p, term, this.lang);
          if (end < 0) continue;
          const span = toks[end - 1].end - toks[p].start;
          const bestSpan = bestEnd < 0 ? -1 : toks[bestEnd - 1].end - toks[p].start;
          if (span > bestSpan) { best = [{ term, end }]; bestEnd = end; }
          else if (span === bestSpan) best.push({ term, end });
        }
      }
      if (bestEnd < 0) { p++; continue; }
      for (const b of best) out.push({ term: b.term, firstToken: p, endToken: b.end, start: toks[p].start, end: toks[b.end - 1].end });
      p = bestEnd;
    }
    return out;
  }
}

/**
 * Match a term at token `p`.
 * @returns the token index after the match, or -1
 */
export function matchAt<T>(tokens: readonly Token[], p: number, term: CompiledTerm<T>, lang: string): number {
  const { words, joined } = term;
  let q = 0;
  while (q < words.length) {
    if (p >= tokens.length) return -1;
    if (q > 0 && tokens[p - 1].next === 'break') return -1;
    const tok = tokens[p];
    if (tok.stem === words[q]) { p++; q++; continue; }
    if (q + 1 < words.length && joined[q] === tok.stem) { p++; q += 2; continue; }
    if (tok.next === 'hyphen' && p + 1 < tokens.length && stemWord(tok.text + tokens[p + 1].text, lang) === words[q]) { p += 2; q++; continue; }
    return -1;
  }
  return p;
}
