/** Small helpers shared by the formats: locations, segment records, scores, hashing. */
import { endLineOf } from '../position.js';
import type { Finding, Location, Segment, SegmentedDocument, Severity } from '../types.js';

/** Severities from most to least severe, the order in which reports list them. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Numeric rank of a severity: error 2, warning 1, info 0. */
export function severityRank(severity: Severity): number {
  return severity === 'error' ? 2 : severity === 'warning' ? 1 : 0;
}

/** A segment as the JSON contract prints it (`segment --format json`, `align --format json`). */
export interface SegmentRecord {
  id: string;
  kind: string;
  section?: string;
  text: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
  language: string;
  /** Where the segment lies in a PDF, DOCX/ODT or XLIFF/TMX (second-round extension), after the spec's keys. */
  page?: number;
  lineOnPage?: number;
  paragraph?: number;
  unit?: string;
}

/**
 * A segment in the contract's JSON shape; `section` only where the segment has one.
 * @param lineStarts the document's line starts, for `endLine`
 */
export function segmentRecord(segment: Segment, lineStarts: readonly number[]): SegmentRecord {
  // Keys in the spec's order, `section` only where the document has structure.
  return {
    id: segment.id,
    kind: segment.kind,
    ...(segment.section !== undefined ? { section: segment.section } : {}),
    text: segment.text,
    start: segment.position.start.offset,
    end: segment.position.end.offset,
    line: segment.position.start.line,
    endLine: endLineOf(segment.position, lineStarts),
    language: segment.lang,
    ...(segment.locator?.page !== undefined ? { page: segment.locator.page } : {}),
    ...(segment.locator?.lineOnPage !== undefined ? { lineOnPage: segment.locator.lineOnPage } : {}),
    ...(segment.locator?.paragraph !== undefined ? { paragraph: segment.locator.paragraph } : {}),
    ...(segment.locator?.unit !== undefined ? { unit: segment.locator.unit } : {}),
  };
}

/** The 1-based first and last lines of a segment of a document. */
export function segmentLines(doc: SegmentedDocument, segment: Segment): [number, number] {
  return [segment.position.start.line, endLineOf(segment.position, doc.document.lineStarts)];
}

/**
 * A line range for people: `3`, or `3–6` (en dash) when it spans lines.
 * @param separator between the two lines (`–` in tables, `-` in `path:line-endLine`)
 */
export function lineRange(line: number, endLine: number, separator = '–'): string {
  return endLine > line ? `${line}${separator}${endLine}` : String(line);
}

/** `path:line` or `path:line-endLine`, the form editors and terminals turn into links. */
export function locationLabel(location: Location): string {
  return `${location.path}:${lineRange(location.line, location.endLine, '-')}${placeLabel(location)}`;
}

/** A location's place beyond its lines (` (page 2, paragraph 14)`, ` (unit 7)`), or `''`. */
export function placeLabel(location: Location): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(location.lineOnPage !== undefined ? `page ${location.page} line ${location.lineOnPage}` : `page ${location.page}`);
  if (location.paragraph !== undefined) parts.push(`paragraph ${location.paragraph}`);
  if (location.unit !== undefined) parts.push(`unit ${location.unit}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/**
 * The location a finding is reported at in one-location formats (SARIF, GitHub, JUnit):
 * the target (the version being checked) when there is one, else the source, else the first version.
 */
export function primaryLocation(finding: Finding): Location | undefined {
  return finding.target ?? finding.source ?? finding.versions?.[0];
}

/** The locations of a finding other than `primaryLocation`, labelled by role. */
export function otherLocations(finding: Finding): { role: string; location: Location }[] {
  const primary = primaryLocation(finding);
  const all: { role: string; location: Location }[] = [];
  if (finding.source) all.push({ role: 'source', location: finding.source });
  if (finding.target) all.push({ role: 'target', location: finding.target });
  for (const v of finding.versions ?? []) all.push({ role: 'version', location: v });
  return all.filter((x) => x.location !== primary);
}

/** A path with forward slashes and no leading `./`, as SARIF and GitHub expect. */
export function slashPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** `1 segment`, `2 segments`: a count and its noun, pluralised with `s`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The widest of the given strings in terminal columns, at least `min`
 * (a loop, not `Math.max(...)`, which overflows the stack on huge documents).
 */
export function widest(texts: Iterable<string>, min = 0, measure: (text: string) => number = (t) => t.length): number {
  let width = min;
  for (const t of texts) width = Math.max(width, measure(t));
  return width;
}

/** A score with six decimals, as the standard bead files print it. */
export function score6(score: number): string {
  return (Number.isFinite(score) ? score : 0).toFixed(6);
}
