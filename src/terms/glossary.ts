/** Glossaries: TBX or CSV/TSV, chosen by content. */
import { FbcoopError } from '../errors.js';
import { parseDelimitedGlossary } from './csv.js';
import { parseTbx } from './tbx.js';
import { TermIndex } from './match.js';
import type { Concept, Glossary, GlossaryTerm } from './types.js';

/**
 * Parse a glossary file's text: TBX when it starts with `<` (after a BOM and white space), else CSV/TSV.
 * @param text the decoded file
 * @param path the file's path, named in every error
 * @throws FbcoopError E_GLOSSARY as `<path>: line <n>: <problem>`
 */
export function parseGlossary(text: string, path: string): Glossary {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new FbcoopError('E_GLOSSARY', `${path}: line 1: empty glossary`);
  return body.trimStart().startsWith('<') ? parseTbx(body, path) : parseDelimitedGlossary(body, path);
}

/**
 * The glossary's term pairs between two languages as single-word (source, target) pairs the
 * aligner's lexicon takes: one-word terms and acronyms on both sides (a multi-word term's words
 * cannot be paired one to one without knowing the word order).
 */
export function glossaryLexicon(glossary: Glossary, sourceLang: string, targetLang: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const c of glossary.concepts) {
    const src = (c.terms[sourceLang] ?? []).filter((t) => t.status !== 'forbidden' && !/\s/.test(t.text));
    const tgt = (c.terms[targetLang] ?? []).filter((t) => t.status !== 'forbidden' && !/\s/.test(t.text));
    for (const s of src) for (const t of tgt) pairs.push([s.text, t.text]);
  }
  return pairs;
}

/** A term of a concept, as found in a text. */
export interface ConceptTerm {
  concept: Concept;
  term: GlossaryTerm;
}

const INDEXES = new WeakMap<Glossary, Map<string, TermIndex<ConceptTerm>>>();

/**
 * The glossary's terms of one language, ready for matching (built once per glossary and language).
 * @param lang ISO 639-1 code
 */
export function glossaryIndex(glossary: Glossary, lang: string): TermIndex<ConceptTerm> {
  let byLang = INDEXES.get(glossary);
  if (!byLang) INDEXES.set(glossary, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    index = new TermIndex<ConceptTerm>(lang);
    for (const concept of glossary.concepts) for (const term of concept.terms[lang] ?? []) index.add(term.text, { concept, term });
    byLang.set(lang, index);
  }
  return index;
}
