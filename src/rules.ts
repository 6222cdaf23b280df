/**
 * Every rule id fbcoop reports, its default severity, and the one place where a finding gets its
 * severity (`severityOf`): a check says what it found (the rule, and whether it is a minor variant
 * of it), never how severe it is. Used by compare, the config, SARIF, JUnit, the reports and the CLI help.
 */
import type { Severity } from './types.js';

/** A rule's level: a severity, or `off` (not reported). */
export type RuleSetting = Severity | 'off';

/**
 * How a configuration sets a rule: one level for the rule (its minor variants one level below it,
 * never below `info`), or both levels apart (`{"severity": "warning", "minor": "off"}`).
 */
export type RuleConfig = RuleSetting | { severity?: RuleSetting; minor?: RuleSetting };

/** What a rule id means and how severe it is by default. */
export interface RuleInfo {
  /** Stable kebab-case id (`date-mismatch`), as in the spec's table. */
  id: string;
  /** PascalCase name, as SARIF's `reportingDescriptor.name` expects. */
  name: string;
  /** Severity when no configuration overrides it. */
  severity: Severity;
  /** What a minor variant of the rule is (reported one level below the rule), if the rule has one. */
  minor?: string;
  /** One-line description, for help texts and SARIF's `shortDescription`. */
  description: string;
  /** Longer explanation, for SARIF's `fullDescription`. */
  detail: string;
}

/** Every rule, in the spec's order (value rules, then structure, then the rest). */
export const RULES: readonly RuleInfo[] = Object.freeze([
  rule('date-mismatch', 'error', 'A date differs from its counterpart, or is missing there.',
    'A date, year or date range in a segment differs (as a value, whatever the language or format) from the one in its aligned counterpart, or has none there.',
    'across languages, a bare year on one side only (translations often drop or add the year of a date the text gives)'),
  rule('number-mismatch', 'error', 'A figure differs from its counterpart, or is missing there.',
    'A figure (in digits or spelled out) in a segment differs from the one in its aligned counterpart, or is missing there.'),
  rule('name-mismatch', 'warning', 'A name or acronym differs from its counterpart, or is missing there.',
    'A person, place, organisation or acronym differs between aligned segments, or is missing on one side. Across languages only what translations keep is compared: person names (titles and functions before them aside), acronyms the translation writes as they are, and a single-word name swapped for another the source writes elsewhere; a name whose words the other side renders (the same word, a cognate, the same country, an acronym of its translation) is there, translated or reordered (Fondation Nobel/Nobel Foundation), and translated acronyms (RGPD/GDPR) are not reported.',
    'a name that differs only in accents or case'),
  rule('omission', 'warning', 'Source content has no counterpart in the target.',
    'Content of the source (a sentence, a list item, a heading, a parenthetical, a clause inside an aligned sentence) has no counterpart in the target, including a sentence the aligner paired along with its neighbour although the target renders only the neighbour, and a sentence whose paired target renders next to none of it.'),
  rule('addition', 'warning', 'Target content has no counterpart in the source.',
    'Content of the target (a sentence, a list item, a parenthetical, a clause inside an aligned sentence) has no counterpart in the source.'),
  rule('merge', 'warning', 'Several source segments are rendered as one target segment.',
    'Several segments of the source correspond to a single segment of the target, or several source list items to one target list item (for example two list items merged into one).',
    'across languages, sentences joined within one paragraph or item (translators join sentences freely)'),
  rule('split', 'warning', 'One source segment is rendered as several target segments.',
    'A single segment of the source corresponds to several segments of the target.',
    'across languages, a sentence cut in two within one paragraph or item'),
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
  rule('terminology', 'warning', 'A glossary term is not rendered as approved, or rendered as forbidden.',
    "A term of the glossary (--glossary, TBX or CSV/TSV) in a source segment whose aligned target segment has none of the glossary's approved renderings (preferred or admitted), or has a forbidden (deprecated) one. Terms match whatever their inflection (Snowball stems), case and accents, and across a line break or a hyphen."),
  rule('inconsistency', 'info', 'One term rendered in different ways, or one rendering for two terms.',
    'Without a glossary: the same source term (an acronym with its expansion, a recurring multi-word unit) rendered differently within a document or across the versions of one language in a corpus, or the same target term standing for different source terms.'),
  rule('revision', 'info', 'A tracked change is pending in the document.',
    'A DOCX or ODT holds a tracked insertion or deletion that nobody accepted or rejected; fbcoop compares the text with the changes accepted (or rejected, with --revisions original), and a divergence that such a change makes says so.'),
  rule('input', 'error', 'A file could not be read.',
    'A file of the corpus could not be read (missing, unreadable, binary or empty); the other files were still checked.'),
]);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

// ---------------------------------------------------------------------------
// Rule documentation for code-scanning dashboards (SARIF `name`, `help`, `helpUri`).
// Kept apart from `RULES` so the severity model above can change without touching it.

/**
 * fbcoop's home page: SARIF's `informationUri`, and the base of every rule's `helpUri`.
 * Only text in the reports: nothing is fetched from it.
 */
export const HOMEPAGE_URL = 'https://github.com/fbcoop/fbcoop';

/**
 * The README's rule table, which every rule's `helpUri` points to: the anchor GitHub gives the
 * heading of the section that holds it ("`diff`: every divergence, at file and line").
 */
export const RULES_URL = `${HOMEPAGE_URL}#diff-every-divergence-at-file-and-line`;

/** What a dashboard shows about a rule beside its alerts. */
export interface RuleDocs {
  /** A PascalCase name for people, never the id under another case (SARIF1001). */
  name: string;
  /** Plain-text help: what the rule found, why it matters and what to do. */
  text: string;
  /** The same help in Markdown (GitHub code scanning renders it). */
  markdown: string;
  /** Where to read more: the README's rule table. */
  uri: string;
}

/** Per rule: its name for people, and what to do about a finding. */
const DOCS: Record<string, { name: string; fix: string }> = {
  'date-mismatch': { name: 'DateDiffersFromCounterpart', fix: 'Check the date in both versions against the original and correct the wrong one. Dates are compared as values, so formats (12 mars 2021, 2021-03-12) may differ freely.' },
  'number-mismatch': { name: 'FigureDiffersFromCounterpart', fix: 'Check the figure in both versions and correct the wrong one, or add the missing one. Digits and spelled-out numbers (five, 5) are compared as values.' },
  'name-mismatch': { name: 'NameDiffersFromCounterpart', fix: 'Check the spelling of the name or acronym against the original; a translated acronym (RGPD/GDPR) is not reported. A difference in accents only is reported as info.' },
  omission: { name: 'ContentMissingFromTarget', fix: 'Translate the missing content into the target, or confirm that leaving it out is intended (then accept it in a baseline).' },
  addition: { name: 'ContentAddedInTarget', fix: 'Check whether the added content belongs in the original too, or remove it from the target.' },
  merge: { name: 'SegmentsMergedInTarget', fix: 'Check that the target segment renders every source segment; split it again where items were merged by mistake.' },
  split: { name: 'SegmentSplitInTarget', fix: 'Usually harmless (a long sentence rendered as several); check that nothing was added in the split.' },
  duplicate: { name: 'SegmentRepeatedInDocument', fix: 'Remove the repeated segment, or reword it if both are meant.' },
  untranslated: { name: 'TargetInSourceLanguage', fix: 'Translate the segment into the target language.' },
  encoding: { name: 'DamagedCharactersRepaired', fix: 'Re-save the file as UTF-8 from the original; fbcoop compared the repaired text, but the file itself is still damaged.' },
  'structure-mismatch': { name: 'StructureDiffersFromCounterpart', fix: 'Compare the sections or lists of both versions; the findings around it usually say which item was dropped, added or merged.' },
  'text-change': { name: 'WordsChangedBetweenVersions', fix: 'Review the word diff; switch the rule off in fbcoop.config.json when two versions are expected to be worded differently.' },
  'low-confidence': { name: 'UnsureAlignment', fix: 'Compare the region by eye: values there were not checked.' },
  input: { name: 'FileUnreadable', fix: 'Fix or remove the file (missing, unreadable, binary or empty), or list it in .fbcoopignore.' },
  // Rule ids the spec's second round adds (spec/cli.md), ready for when their checks land.
  terminology: { name: 'GlossaryTermNotApproved', fix: 'Use one of the renderings the glossary approves, or update the glossary if this rendering is right.' },
  inconsistency: { name: 'TermRenderedInconsistently', fix: 'Choose one rendering for the term and use it throughout, or record the choice in a glossary.' },
  revision: { name: 'PendingTrackedChanges', fix: 'Accept or reject the tracked changes in the document before comparing it.' },
};

/**
 * The documentation of a rule for dashboards: its name for people, help text and
 * Markdown (description, explanation, what to do) and a link to the README's rule table.
 * @param id rule id; unknown ids get a name from the id and the generic help of `ruleInfo`
 * @param severity the severity to assume for an unknown id
 */
export function ruleDocs(id: string, severity: Severity = 'warning'): RuleDocs {
  const info = ruleInfo(id, severity);
  const docs = DOCS[id];
  // An unknown id gets a `…Rule` suffix so that its name never equals the id but for case.
  const name = docs?.name ?? `${info.name}Rule`;
  const fix = docs?.fix ?? 'See the rule table in the README.';
  const text = `${info.description}\n\n${info.detail}\n\nWhat to do: ${fix}\n\nRule id: ${id}; default severity: ${info.severity}. All rules: ${RULES_URL}`;
  const markdown = `**${info.description}**\n\n${info.detail}\n\n**What to do:** ${fix}\n\nRule id \`${id}\`, default severity ${info.severity}. [All rules](${RULES_URL})`;
  return { name, text, markdown, uri: RULES_URL };
}

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

function rule(id: string, severity: Severity, description: string, detail: string, minor?: string): RuleInfo {
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return minor === undefined ? { id, name, severity, description, detail } : { id, name, severity, description, detail, minor };
}

const ONE_BELOW: Record<RuleSetting, RuleSetting> = { error: 'warning', warning: 'info', info: 'info', off: 'off' };

/**
 * The levels a configuration entry sets, defaults filled in.
 * @param id rule id
 * @param config the configured entry, if any
 * @returns the rule's level and its minor variants' level
 */
export function ruleLevels(id: string, config?: RuleConfig): { severity: RuleSetting; minor: RuleSetting } {
  const base = typeof config === 'string' ? config : config?.severity ?? ruleInfo(id).severity;
  const minor = typeof config === 'object' && config.minor !== undefined ? config.minor : ONE_BELOW[base];
  return { severity: base, minor };
}

/**
 * The severity of a finding: the one place that decides it, from the configured level or the
 * rule's default. A minor variant is reported one level below its rule unless configured apart.
 * @param id the finding's rule id
 * @param minor whether the check found a minor variant of the rule
 * @param config the configured entry for the rule, if any
 * @returns a severity, or `off` when the finding is not to be reported
 */
export function severityOf(id: string, minor: boolean, config?: RuleConfig): RuleSetting {
  const levels = ruleLevels(id, config);
  return minor ? levels.minor : levels.severity;
}
