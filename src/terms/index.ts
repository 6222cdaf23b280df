/** Terminology: glossaries (TBX, CSV/TSV), term matching across inflections, term extraction from aligned versions. */
export { parseGlossary, glossaryIndex, glossaryLexicon, type ConceptTerm } from './glossary.js';
export { approvedTerms, forbiddenTerms, type Concept, type Glossary, type GlossaryTerm, type TermStatus } from './types.js';
export { TermIndex, compileTerm, type CompiledTerm, type TermMatch } from './match.js';
export { tokenize, type Token } from './tokens.js';
export { stemWord, hasStemmer } from './stem.js';
export { findVariant, type Variant } from './variant.js';
