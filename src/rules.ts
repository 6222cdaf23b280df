/** Metadata of every rule id fbcoop reports: used by SARIF, JUnit, the text report and the CLI help. */
import type { Severity } from './types.js';

/** What a rule id means and how severe it is by default. */
export interface RuleInfo {
  /** Stable kebab-case id (`date-mismatch`), as in the spec's table. */
  id: string;
  /** PascalCase name, as SARIF's `reportingDescriptor.name` expects. */
  name: string;
  /** Severity when no configuration overrides it. */
  severity: Severity;
  /** One-line description, for help texts and SARIF's `shortDescription`. */
  description: string;
  /** Longer explanation, for SARIF's `fullDescription`. */
  detail: string;
}

/** Every rule, in the spec's order (value rules, then structure, then the rest). */
export const RULES: readonly RuleInfo[] = Object.freeze([
  rule('date-mismatch', 'error', 'A date differs from its counterpart, or is missing there.',
    'A date, year or date range in a segment differs (as a value, whatever the language or format) from the one in its aligned counterpart, or has none there.'),
  rule('number-mismatch', 'error', 'A figure differs from its counterpart, or is missing there.',
    'A figure (in digits or spelled out) in a segment differs from the one in its aligned counterpart, or is missing there.'),
  rule('name-mismatch', 'warning', 'A name or acronym differs from its counterpart, or is missing there.',
    'A person, place, organisation or acronym differs between aligned segments, or is missing on one side. Across languages only what translations keep is compared: person names (titles before them aside) and acronyms the translation writes as they are; translated acronyms (RGPD/GDPR) are not reported.'),
  rule('omission', 'warning', 'Source content has no counterpart in the target.',
    'Content of the source (a sentence, a list item, a heading, a parenthetical) has no counterpart in the target, including a sentence the aligner paired along with its neighbour although the target renders only the neighbour.'),
  rule('addition', 'warning', 'Target content has no counterpart in the source.',
    'Content of the target (a sentence, a list item, a parenthetical) has no counterpart in the source.'),
  rule('merge', 'warning', 'Several source segments are rendered as one target segment.',
    'Several segments of the source correspond to a single segment of the target, or several source list items to one target list item (for example two list items merged into one).'),
  rule('split', 'warning', 'One source segment is rendered as several target segments.',
    'A single segment of the source corresponds to several segments of the target.'),
  rule('duplicate', 'warning', 'A segment repeats another segment of the same document.',
    'A segment repeats, wholly or nearly (one contained in the other), another segment of the same document.'),
  rule('untranslated', 'error', 'A target segment is in the source language.',
    "A segment of the target is written in the source's language instead of the target's."),
  rule('encoding', 'warning', 'Damaged characters were found and repaired when reading.',
    'Characters were damaged in the file (a `?` for a lost letter, U+FFFD, UTF-8 read as Latin-1); fbcoop repaired them for the comparison.'),
  rule('structure-mismatch', 'info', 'Sections or list items do not correspond in number or order.',
    'The two versions have sections or list items that differ in number or order.'),
  rule('text-change', 'info', 'Words changed between two same-language versions.',
    'Two versions in the same language differ in the words of an aligned segment; the word diff shows how.'),
  rule('low-confidence', 'info', 'The aligner was unsure of the pairing in this region.',
    'The aligner could not pair the segments of this region with confidence, so value checks were not applied there; review the region by eye.'),
  rule('revision', 'info', 'A tracked change is pending in the document.',
    'A DOCX or ODT holds a tracked insertion or deletion that nobody accepted or rejected; fbcoop compares the text with the changes accepted (or rejected, with --revisions original), and a divergence that such a change makes says so.'),
  rule('input', 'error', 'A file could not be read.',
    'A file of the corpus could not be read (missing, unreadable, binary or empty); the other files were still checked.'),
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/**
 * The metadata of a rule id; ids not in `RULES` (rules added later) get generic metadata.
 * @param id rule id
 * @param severity the severity to assume for an unknown id
 */
export function ruleInfo(id: string, severity: Severity = 'warning'): RuleInfo {
  return BY_ID.get(id) ?? rule(id, severity, `fbcoop rule ${id}.`, `fbcoop rule ${id}.`);
}

/**
 * Rank of a rule id in `RULES` (unknown ids after all known ones), for stable ordering.
 * @returns 0-based index, or `RULES.length` for unknown ids
 */
export function ruleRank(id: string): number {
  const i = RULES.findIndex((r) => r.id === id);
  return i < 0 ? RULES.length : i;
}

function rule(id: string, severity: Severity, description: string, detail: string): RuleInfo {
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return { id, name, severity, description, detail };
}
