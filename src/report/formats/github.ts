/** `diff`/`check --format github`: GitHub Actions workflow-command annotations. */
import type { Finding, Report, Severity } from '../../types.js';
import { locationLabel, otherLocations, primaryLocation, slashPath } from '../common.js';

/**
 * Annotations GitHub shows per step for each kind (error, warning, notice); it
 * drops the rest silently (actions/toolkit, docs/problem-matchers.md, "Limitations").
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * One line per finding, `::error file=…,line=…,endLine=…,col=…,title=fbcoop <rule>::message`
 * (warning → `::warning`, info → `::notice`), at the finding's primary location
 * (the target, else the source); the note and the other sides follow the message
 * on lines of their own. Escaped as @actions/core does. Findings come as given
 * (the report order: errors first). Where a level has more findings than GitHub
 * shows, its first `ANNOTATIONS_PER_LEVEL - 1` are printed and the last annotation
 * of the level says how many more there are, of which rules, and where to read
 * them (the SARIF or JSON report). No findings, no output.
 */
export function githubLines(report: Report): string {
  const byLevel = new Map<Severity, Finding[]>();
  for (const f of report.findings) {
    const list = byLevel.get(f.severity);
    if (list) list.push(f);
    else byLevel.set(f.severity, [f]);
  }
  const hidden = new Map<Severity, Finding[]>();
  for (const [severity, list] of byLevel) {
    if (list.length > ANNOTATIONS_PER_LEVEL) hidden.set(severity, list.slice(ANNOTATIONS_PER_LEVEL - 1));
  }
  let out = '';
  const printed = new Map<Severity, number>();
  for (const f of report.findings) {
    const n = (printed.get(f.severity) ?? 0) + 1;
    printed.set(f.severity, n);
    const rest = hidden.get(f.severity);
    if (rest && n === ANNOTATIONS_PER_LEVEL) out += moreAnnotation(f.severity, rest, byLevel.get(f.severity)!.length) + '\n';
    if (rest && n >= ANNOTATIONS_PER_LEVEL) continue;
    out += annotation(f) + '\n';
  }
  return out;
}

/** The last annotation of a level GitHub would cut: how many more findings, of which rules, and where they are. */
function moreAnnotation(severity: Severity, rest: readonly Finding[], total: number): string {
  const noun = severity === 'info' ? 'info findings' : `${severity}s`;
  const byRule = new Map<string, number>();
  for (const f of rest) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  const message = [
    `${rest.length} more ${noun} (${rules}) are not shown: GitHub shows ${ANNOTATIONS_PER_LEVEL} ${command(severity)} annotations per step.`,
    `All ${total} are in the SARIF or JSON report: run fbcoop again with --format sarif -o fbcoop.sarif (GitHub code scanning) or --format json.`,
  ].join('\n');
  return `::${command(severity)} title=${escapeProperty(`fbcoop: ${rest.length} more ${noun}`)}::${escapeData(message)}`;
}

function command(severity: Severity): string {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

function annotation(f: Finding): string {
  const props: string[] = [];
  const at = primaryLocation(f);
  if (at) {
    props.push(`file=${escapeProperty(slashPath(at.path))}`, `line=${at.line}`, `endLine=${Math.max(at.line, at.endLine)}`);
    if (at.column !== undefined) props.push(`col=${at.column}`);
  }
  props.push(`title=${escapeProperty(`fbcoop ${f.rule}`)}`);
  const lines = [f.message];
  if (f.note) lines.push(f.note);
  for (const o of otherLocations(f)) lines.push(`${o.role}: ${locationLabel(o.location)}`);
  return `::${command(f.severity)} ${props.join(',')}::${escapeData(lines.join('\n'))}`;
}

/** Escape a command's message as @actions/core's `escapeData` does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a command property as @actions/core's `escapeProperty` does (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
