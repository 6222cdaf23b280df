/** `diff`/`check --format text`: findings grouped by rule for a person at a terminal, then a summary. */
import type { ChalkInstance } from 'chalk';
import type { Finding, Location, Report, Severity } from '../../types.js';
import { makeChalk } from '../color.js';
import { count, locationLabel, SEVERITIES, severityRank, widest } from '../common.js';
import { diffSides, valueSpans } from '../highlight.js';
import type { FormatOptions } from '../index.js';
import { ruleInfo, ruleRank } from '../../rules.js';
import { renderTable, tableWidth } from '../table.js';
import { displayWidth, padEnd, wrapSpans, type Span } from '../wrap.js';

/** Indent of a finding's body: 2 spaces, then the severity label (`warning` and a space). */
const BODY_INDENT = 10;

/** Share of the line a finding's text must keep to sit beside its `path:line`; else it goes under it. */
const BESIDE_SHARE = 0.6;

/** Narrowest column for a finding's texts beside their `path:line`; narrower, they go under it. */
const MIN_TEXT_COLUMN = 32;

/**
 * The human report. For each severity (errors first) and rule (in the rules
 * table's order) a heading with its count and description, then each finding
 * (by document, then place): severity and message; each place
 * as `path:line-endLine` (clickable in editors and terminals) with its text,
 * the differing values or words highlighted (colour, or `[[value]]`,
 * `[-removed-]`, `{+added+}` without); the compared values; the note. Then a
 * table of counts by rule and severity and the line `N errors, N warnings, N
 * info`, or `no divergences found`.
 */
export function reportText(report: Report, options: FormatOptions): string {
  return [...reportTextPieces(report, options)].join('');
}

/** `reportText` in pieces, one finding at a time, for writing a huge report without building it whole. */
export function* reportTextPieces(report: Report, options: FormatOptions): Generator<string> {
  const chalk = makeChalk(options.color);
  const width = tableWidth(options.width);
  yield header(report);
  yield* findingsPieces(report.findings, chalk, width);
  yield ruleTable(report.findings, chalk) + totals(report, chalk) + '\n';
}

/**
 * Findings grouped by severity and rule: for each a heading with its count and
 * description, then each finding; empty when there are none.
 */
export function findingsText(findings: readonly Finding[], chalk: ChalkInstance, width: number): string {
  return [...findingsPieces(findings, chalk, width)].join('');
}

/** `findingsText` in pieces: each heading, each finding. */
function* findingsPieces(findings: readonly Finding[], chalk: ChalkInstance, width: number): Generator<string> {
  for (const group of groupByRule(findings)) {
    const info = ruleInfo(group.rule, group.findings[0].severity);
    const counts = SEVERITIES.map((s) => countSeverity(group.findings.filter((f) => f.severity === s).length, s)).filter(Boolean).join(', ');
    const heading = wrapSpans([{ text: `${group.rule} (${counts})`, style: 'heading' }, { text: ` — ${info.description}`, style: 'dim' }], width, chalk);
    yield heading.join('\n') + '\n\n';
    for (const finding of group.findings) yield formatFinding(finding, chalk, width) + '\n';
  }
}

/** The table of finding counts by rule and severity, rules in report order; empty when there are none. */
export function ruleTable(findings: readonly Finding[], chalk: ChalkInstance): string {
  const groups = rulesByWorst(findings);
  if (groups.length === 0) return '';
  const rows = groups.map((group) => [group.rule, ...SEVERITIES.map((s) => {
    const n = group.findings.filter((f) => f.severity === s).length;
    return n === 0 ? chalk.dim('·') : paintSeverity(chalk, s, String(n));
  })]);
  return renderTable({ head: ['rule', 'error', 'warning', 'info'] }, rows, chalk);
}

function header(report: Report): string {
  const docs = report.documents;
  if (docs.length === 0) return '';
  const describe = (d: Report['documents'][number]) => `${d.path} (${d.language}, ${count(d.segments, 'segment')})`;
  if (docs.length === 2) return `${describe(docs[0])} ↔ ${describe(docs[1])}\n\n`;
  if (docs.length === 1) return `${describe(docs[0])}\n\n`;
  return `${count(docs.length, 'document')} checked\n\n`;
}

interface Group {
  rule: string;
  findings: Finding[];
}

/**
 * Findings by severity and rule: errors first, then warnings, then info (so a
 * rule with findings of two severities has a block in each); rules in the rules
 * table's order within a severity; findings in the order given (the report order:
 * by document, then place).
 */
function groupByRule(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.rule}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { rule: f.rule, findings: [f] });
  }
  const severity = (g: Group) => severityRank(g.findings[0].severity);
  return [...groups.values()].sort((a, b) => severity(b) - severity(a) || ruleRank(a.rule) - ruleRank(b.rule) || a.rule.localeCompare(b.rule));
}

/** Counts by rule, rules with errors first, then warnings, then info, in the rules table's order within a severity. */
function rulesByWorst(findings: readonly Finding[]): { rule: string; findings: Finding[] }[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.rule);
    if (list) list.push(f);
    else byRule.set(f.rule, [f]);
  }
  const worst = (list: Finding[]) => list.reduce((w, f) => Math.max(w, severityRank(f.severity)), 0);
  return [...byRule].map(([rule, list]) => ({ rule, findings: list, worst: worst(list) }))
    .sort((a, b) => b.worst - a.worst || ruleRank(a.rule) - ruleRank(b.rule) || a.rule.localeCompare(b.rule));
}

function formatFinding(finding: Finding, chalk: ChalkInstance, width: number): string {
  const indent = ' '.repeat(BODY_INDENT);
  const bodyWidth = Math.max(MIN_TEXT_COLUMN, width - BODY_INDENT);
  let out = '';

  const label = paintSeverity(chalk, finding.severity, padEnd(finding.severity, BODY_INDENT - 2));
  const message = wrapSpans([{ text: finding.message, style: 'plain' }], bodyWidth, chalk);
  out += `  ${label}${message[0] ?? ''}\n`;
  for (const line of message.slice(1)) out += indent + line + '\n';

  // The places, each with its text; the word diff or the values highlighted. Texts
  // sit beside their `path:line` when there is room, else under it.
  const places = placesOf(finding);
  const labelWidth = widest(places.map((p) => locationLabel(p.location)), 0, displayWidth);
  // Beside only while the text keeps most of the line; long paths would squeeze it into a thin column.
  const beside = bodyWidth - labelWidth - 2 >= Math.max(MIN_TEXT_COLUMN, Math.round(bodyWidth * BESIDE_SHARE));
  const textIndent = beside ? ' '.repeat(labelWidth + 2) : '  ';
  const textWidth = beside ? bodyWidth - labelWidth - 2 : Math.max(MIN_TEXT_COLUMN, bodyWidth - 2);
  for (const place of places) {
    const label = locationLabel(place.location);
    const lines = place.spans ? wrapSpans(place.spans, textWidth, chalk).filter((l) => l !== '') : [];
    if (beside && lines.length > 0) {
      out += `${indent}${chalk.cyan(padEnd(label, labelWidth))}  ${lines[0]}\n`;
      lines.shift();
    } else {
      out += `${indent}${chalk.cyan(label)}\n`;
    }
    for (const line of lines) out += indent + textIndent + line + '\n';
  }

  // A diff that could not be shown on two texts (one place only) gets its own line.
  if (finding.diff && finding.diff.length > 0 && !(finding.source?.text !== undefined && finding.target?.text !== undefined)) {
    out += hanging(chalk.dim('diff: '), diffSides(finding.diff).merged, bodyWidth, indent, chalk);
  }

  const values = valuesLine(finding);
  if (values) for (const line of wrapSpans(values, bodyWidth, chalk)) out += indent + line + '\n';
  if (finding.note) {
    out += hanging(chalk.dim('note: '), [{ text: finding.note, style: 'dim' }], bodyWidth, indent, chalk);
  }
  return out;
}

/** Spans wrapped under a 6-column label (`diff: `, `note: `), continuation lines aligned after it. */
function hanging(label: string, spans: Span[], width: number, indent: string, chalk: ChalkInstance): string {
  const lines = wrapSpans(spans, width - 6, chalk);
  return lines.map((line, i) => indent + (i === 0 ? label : '      ') + line + '\n').join('');
}

/** The places of a finding in order source, target, other versions, with the spans of their texts. */
function placesOf(finding: Finding): { location: Location; spans?: Span[] }[] {
  const both = finding.source?.text !== undefined && finding.target?.text !== undefined;
  let source: Span[] | undefined;
  let target: Span[] | undefined;
  if (finding.diff && finding.diff.length > 0 && both) {
    ({ source, target } = diffSides(finding.diff));
  } else {
    ({ source, target } = valueSpans(finding));
  }
  const places: { location: Location; spans?: Span[] }[] = [];
  if (finding.source) places.push({ location: finding.source, spans: source });
  if (finding.target) places.push({ location: finding.target, spans: target });
  for (const v of finding.versions ?? []) places.push({ location: v, spans: v.text !== undefined ? [{ text: v.text, style: 'plain' }] : undefined });
  return places;
}

/** `source 2018-02-27 ≠ target 2017-02-27`, or which side lacks the value; nothing when both are equal. */
function valuesLine(finding: Finding): Span[] | undefined {
  const { expected, actual } = finding;
  // Equal values (an accent-only difference in a name) would read as a contradiction: the message says it.
  if (expected !== undefined && expected === actual) return undefined;
  if (expected !== undefined && actual !== undefined) {
    return [{ text: 'source ', style: 'dim' }, { text: expected, style: 'expected' }, { text: ' ≠ target ', style: 'dim' }, { text: actual, style: 'actual' }];
  }
  if (expected !== undefined) return [{ text: 'source ', style: 'dim' }, { text: expected, style: 'expected' }, { text: ', none in target', style: 'dim' }];
  if (actual !== undefined) return [{ text: 'target ', style: 'dim' }, { text: actual, style: 'actual' }, { text: ', none in source', style: 'dim' }];
  return undefined;
}

export function paintSeverity(chalk: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? chalk.red.bold(text) : severity === 'warning' ? chalk.yellow.bold(text) : chalk.blue.bold(text);
}

/** `1 error`, `2 warnings`, `3 info`; empty for zero. */
function countSeverity(n: number, severity: Severity): string {
  if (n === 0) return '';
  return severity === 'info' ? `${n} info` : count(n, severity);
}

/** `N errors, N warnings, N info`, or `no divergences found`. */
export function totals(report: Pick<Report, 'summary' | 'findings'>, chalk: ChalkInstance): string {
  const { error, warning, info } = report.summary;
  if (error + warning + info === 0 && report.findings.length === 0) return chalk.green('no divergences found');
  const parts = [
    paintIf(chalk, error > 0, 'error', `${error} ${error === 1 ? 'error' : 'errors'}`),
    paintIf(chalk, warning > 0, 'warning', `${warning} ${warning === 1 ? 'warning' : 'warnings'}`),
    paintIf(chalk, info > 0, 'info', `${info} info`),
  ];
  return parts.join(', ');
}

function paintIf(chalk: ChalkInstance, on: boolean, severity: Severity, text: string): string {
  return on ? paintSeverity(chalk, severity, text) : text;
}
