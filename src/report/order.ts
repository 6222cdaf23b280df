/**
 * The order every output lists findings in: most severe first, then by
 * document, then by place in the document. A reader (or a CI viewer that shows
 * only the first few) meets the errors before the warnings and the warnings
 * before the infos, whichever pair or check found them.
 */
import type { Finding, Location, Report } from '../types.js';
import { ruleRank } from '../rules.js';
import { primaryLocation, severityRank } from './common.js';

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A comparator of findings: severity (error first), then the document of the
 * primary location (the target, else the source; in the report's document order,
 * unknown paths after by name), then its start (offset, else line and column),
 * then rule, message and values so that equal places still sort the same way every run.
 * @param documents paths in the order the report lists its documents
 */
export function findingComparator(documents: readonly string[] = []): (a: Finding, b: Finding) => number {
  const rank = new Map(documents.map((p, i) => [p, i]));
  const docRank = (l: Location | undefined) => (l ? rank.get(l.path) ?? documents.length : documents.length + 1);
  return (a, b) => {
    const la = primaryLocation(a);
    const lb = primaryLocation(b);
    return (
      severityRank(b.severity) - severityRank(a.severity) ||
      docRank(la) - docRank(lb) ||
      cmp(la?.path ?? '', lb?.path ?? '') ||
      cmp(la?.line ?? 0, lb?.line ?? 0) ||
      cmp(la?.start ?? la?.column ?? 0, lb?.start ?? lb?.column ?? 0) ||
      ruleRank(a.rule) - ruleRank(b.rule) ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message) ||
      cmp(a.expected ?? '', b.expected ?? '') ||
      cmp(a.actual ?? '', b.actual ?? '')
    );
  };
}

/**
 * The findings in report order (a new array; the findings themselves are not copied).
 * @param documents paths in the report's document order
 */
export function sortFindings<F extends Finding>(findings: readonly F[], documents: readonly string[] = []): F[] {
  // Array.prototype.sort is stable: findings equal in every key keep their order.
  return findings.slice().sort(findingComparator(documents));
}

/**
 * The report with its findings in report order. A `pairs` list (the HTML
 * report's pair views, which name findings by index) is renumbered to match.
 * @returns a shallow copy; the given report is not changed
 */
export function orderReport<R extends Report & { pairs?: { findings?: number[] }[] }>(report: R): R {
  const documents = report.documents.map((d) => d.path);
  const indexed = report.findings.map((finding, index) => ({ finding, index }));
  const compare = findingComparator(documents);
  indexed.sort((a, b) => compare(a.finding, b.finding));
  const newIndex = new Array<number>(indexed.length);
  indexed.forEach((x, i) => (newIndex[x.index] = i));
  const out: R = { ...report, findings: indexed.map((x) => x.finding) };
  if (report.pairs) {
    out.pairs = report.pairs.map((p) => (p.findings ? { ...p, findings: p.findings.map((i) => newIndex[i]).sort((a, b) => a - b) } : p));
  }
  return out;
}
