/** `diff`/`check --format github`: GitHub Actions workflow-command annotations. */
import type { Finding, Report } from '../../types.js';
import { locationLabel, otherLocations, primaryLocation, slashPath } from '../common.js';

/**
 * One line per finding, `::error file=…,line=…,endLine=…,col=…,title=fbcoop <rule>::message`
 * (warning → `::warning`, info → `::notice`), at the finding's primary location
 * (the target, else the source); the note and the other sides follow the message
 * on lines of their own. Escaped as @actions/core does. No findings, no output.
 */
export function githubLines(report: Report): string {
  let out = '';
  for (const f of report.findings) out += annotation(f) + '\n';
  return out;
}

function annotation(f: Finding): string {
  const command = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
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
  return `::${command} ${props.join(',')}::${escapeData(lines.join('\n'))}`;
}

/** Escape a command's message as @actions/core's `escapeData` does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a command property as @actions/core's `escapeProperty` does (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
