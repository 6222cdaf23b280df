/** A glossary (termbase) as fbcoop uses it: concepts, each with its terms per language and their status. */

/**
 * How a termbase rates a term. `preferred` and `admitted` are approved renderings;
 * `forbidden` covers TBX's deprecated, superseded and obsolete terms (and `!` in CSV).
 */
export type TermStatus = 'preferred' | 'admitted' | 'forbidden';

/** One term of a concept in one language. */
export interface GlossaryTerm {
  /** The term as written in the glossary. */
  text: string;
  status: TermStatus;
}

/** One concept (a TBX entry, a CSV row): its terms by ISO 639-1 language code. */
export interface Concept {
  /** The entry's id in the glossary (TBX `id`, or `row N` for CSV). */
  id: string;
  /** 1-based line of the glossary file where the concept is defined. */
  line: number;
  /** Terms per language code (`fr`, `en`), in the glossary's order. */
  terms: Record<string, GlossaryTerm[]>;
}

/** A parsed glossary: plain data, so it crosses to worker threads by structured clone. */
export interface Glossary {
  /** The glossary file's path, as the user gave it. */
  path: string;
  /** Languages the glossary has terms in, sorted. */
  languages: string[];
  concepts: Concept[];
}

/** The approved terms (preferred first, then admitted) of a concept in a language. */
export function approvedTerms(concept: Concept, lang: string): GlossaryTerm[] {
  const terms = concept.terms[lang] ?? [];
  return [...terms.filter((t) => t.status === 'preferred'), ...terms.filter((t) => t.status === 'admitted')];
}

/** The forbidden terms of a concept in a language. */
export function forbiddenTerms(concept: Concept, lang: string): GlossaryTerm[] {
  return (concept.terms[lang] ?? []).filter((t) => t.status === 'forbidden');
}
