/**
 * The aligner's tuning constants, set on the Text+Berg dev set only (see
 * test/bench/align.ts). One object so a tuning script can vary them.
 */
export const TUNING = {
  /** Weight of (1 − feature Dice) per segment paired, cross-language. */
  similarityWeight: 6,
  /** Exponent on Dice (1 = linear). */
  similarityExponent: 1,
  /** Dice from which a pairing counts as fully supported. */
  similaritySaturation: 1,
  /** Same weight when both sides share a language: word overlap is then the main evidence. */
  sameLanguageSimilarityWeight: 12,
  /** Exponent on idf weights: 0 = plain Dice, 1 = idf-weighted (1 and 2 tie on dev; 0 loses). */
  idfPower: 1,
  /** Weight of the Gale & Church length cost (low: dev's OCR noise makes lengths unreliable; 1 lost 18 points). */
  lengthWeight: 0.3,
  /** Cap on the length cost (nats, before weighting). */
  lengthCap: 1000,
  /** Cost of leaving one segment unpaired. */
  skip: 4.5,
  /** Share of the skip cost an empty segment pays (OCR debris, captions: short lines are the usual insertions). */
  skipMinShare: 1,
  /** Scaled length (characters) from which a segment pays the full skip cost. */
  skipFullLength: 60,
  /** Cost per merged member with no support on the other side (junk absorbed into a bead instead of skipped). */
  memberPenalty: 0,
  /** Share of a member's feature mass that must meet the other side. */
  memberSupport: 0.2,
  /** Prior cost per bead shape: 1-1 is the norm, larger beads need evidence. */
  shapePriors: {
    '1-1': 0, '1-0': 0, '0-1': 0, '2-1': 1.2, '1-2': 1.2, '2-2': 3, '3-1': 2.5, '1-3': 2.5, '4-1': 3.5, '1-4': 3.5, '3-2': 4, '2-3': 4,
  } as Record<string, number>,
  /** Pairing a heading with a non-heading: hard-ish, so headings anchor the sections. */
  headingPenalty: 6,
  /** Pairing a list item with a non-item. */
  itemPenalty: 2,
  /** Pairing segments from different top-level sections. */
  sectionPenalty: 5,
  /** Half-width of the band around the first path when re-aligning with the learned table. */
  refineBand: 2,
  /** Learn a word table from the first pass and re-align (Model 1). */
  learnLexicon: true,
  /** What the learned table keeps (see lexicon.ts). */
  table: { minOccurrences: 2, maxWordShare: 0.05, minProbability: 0.5, maxTranslations: 1 },
  /** Learn-and-realign rounds. */
  lexiconRounds: 1,
  /** Share of the cheapest beads that train the word table and the length variance. */
  confidentShare: 0.8,
};
