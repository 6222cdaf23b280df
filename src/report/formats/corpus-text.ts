/**
 * `check --format text`: one block per group of versions (its documents and
 * languages, the reference and why, a table of its findings by rule, then the
 * findings as `diff` prints them),
 * a block for the files that could not be read, and the totals.
 */
import type { ChalkInstance } from 'chalk';
import type { CorpusGroup, CorpusReport } from '../../corpus/index.js';
import type { DocumentSummary, Finding } from '../../types.js';
import { makeChalk } from '../color.js';
import { count } from '../common.js';
import type { FormatOptions } from '../index.js';
import { tableWidth } from '../table.js';
import { wrapSpans } from '../wrap.js';
import { findingsText, ruleTable, totals } from './report-text.js';

/**
 * The human report of a corpus check.
 * @returns the whole output, ending with a newline
 */
export function corpusText(report: CorpusReport, options: FormatOptions = {}): string {
  const chalk = makeChalk(options.color);
  const width = tableWidth(options.width);
  const documents = new Map(report.documents.map((d) => [d.path, d]));
  const groupOf = new Map<string, string>();
  for (const g of report.groups) for (const m of g.members) groupOf.set(m, g.id);

  // A finding belongs to the group of the first file it names; files of no group are unreadable inputs.
  const byGroup = new Map<string, Finding[]>();
  const ungrouped: Finding[] = [];
  for (const f of report.findings) {
    const path = (f.source ?? f.target ?? f.versions?.[0])?.path;
    const id = path === undefined ? undefined : groupOf.get(path);
    if (id === undefined) ungrouped.push(f);
    else {
      const list = byGroup.get(id);
      if (list) list.push(f);
      else byGroup.set(id, [f]);
    }
  }

  const groups = report.groups.length;
  let out = `${count(report.documents.length, 'document')} in ${count(groups, 'group')} of versions\n\n`;
  for (const group of report.groups) {
    out += groupHeader(group, documents, chalk, width);
    const findings = byGroup.get(group.id) ?? [];
    out += findings.length > 0 ? `${ruleTable(findings, chalk)}\n${findingsText(findings, chalk, width)}` : `  ${chalk.green('no divergences found')}\n\n`;
  }
  if (ungrouped.length > 0) {
    out += chalk.bold(`Files that could not be read (${ungrouped.length})`) + '\n\n';
    out += findingsText(ungrouped, chalk, width);
  }
  return out + totals(report, chalk) + '\n';
}

/** `Group g1: 3 versions (en, fr)`, then each member with its language and role. */
function groupHeader(group: CorpusGroup, documents: Map<string, DocumentSummary>, chalk: ChalkInstance, width: number): string {
  const title = `Group ${group.id}: ${count(group.members.length, 'version')} (${group.languages.join(', ')})`;
  let out = chalk.bold(title) + '\n';
  // The reference first: the others are read against it.
  const members = [group.reference, ...group.members.filter((m) => m !== group.reference)];
  for (const path of members) {
    const doc = documents.get(path);
    const facts = doc ? `${doc.language}, ${count(doc.segments, 'segment')}` : '';
    const role = path === group.reference ? 'reference' : 'version  ';
    const line = `  ${path === group.reference ? chalk.bold(role) : chalk.dim(role)} ${path}${facts ? chalk.dim(` (${facts})`) : ''}`;
    out += line + '\n';
  }
  if (group.members.length > 1) {
    for (const line of wrapSpans([{ text: `why this reference: ${group.reason}`, style: 'dim' }], width - 2, chalk)) out += `  ${line}\n`;
  }
  return out + '\n';
}
