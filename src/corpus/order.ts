/** The canonical order of a corpus report, so one run and merged shards print the same thing. */
import type { DocumentSummary, Finding, Location } from '../types.js';
import type { CorpusGroup, PairView } from './model.js';

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order two locations: path, then offset (or line), then end. */
export function compareLocations(a: Location | undefined, b: Location | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return cmp(a.path, b.path) || cmp(a.start ?? -1, b.start ?? -1) || cmp(a.line, b.line) || cmp(a.end ?? -1, b.end ?? -1) || cmp(a.endLine, b.endLine);
}

/** The canonical finding order: by first location (path, place), rule, second location, message. */
export function compareFindings(a: Finding, b: Finding): number {
  const pa = a.source ?? a.target;
  const pb = b.source ?? b.target;
  return (
    compareLocations(pa, pb) ||
    cmp(a.rule, b.rule) ||
    compareLocations(a.source ? a.target : undefined, b.source ? b.target : undefined) ||
    cmp(a.message, b.message) ||
    cmp(a.expected ?? '', b.expected ?? '') ||
    cmp(a.actual ?? '', b.actual ?? '')
  );
}

/** Number of a group id (`g12` → 12), for ordering. */
function groupNumber(id: string): number {
  const n = Number(id.replace(/^\D+/, ''));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Sort groups by id number. */
export function sortGroups(groups: CorpusGroup[]): CorpusGroup[] {
  return groups.sort((a, b) => groupNumber(a.id) - groupNumber(b.id) || cmp(a.id, b.id));
}

/** Sort document summaries by path. */
export function sortDocuments(documents: DocumentSummary[]): DocumentSummary[] {
  return documents.sort((a, b) => cmp(a.path, b.path));
}

/** Sort findings canonically (and each finding's `versions`). */
export function sortFindings(findings: Finding[]): Finding[] {
  for (const f of findings) if (f.versions) f.versions.sort(compareLocations);
  return findings.sort(compareFindings);
}

/** Sort pair views by group, the reference's pairs first, then source and target path. */
export function sortPairs(pairs: PairView[], groups: readonly CorpusGroup[]): PairView[] {
  const reference = new Map(groups.map((g) => [g.id, g.reference]));
  const refFirst = (p: PairView): number => (reference.get(p.group) === p.source ? 0 : 1);
  return pairs.sort((a, b) => groupNumber(a.group) - groupNumber(b.group) || refFirst(a) - refFirst(b) || cmp(a.source, b.source) || cmp(a.target, b.target));
}
