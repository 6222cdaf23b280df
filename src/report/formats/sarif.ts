/** `diff`/`check --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. */
import type * as Sarif from 'sarif';
import type { Finding, Location, Report, Severity } from '../../types.js';
import { findingFingerprint } from '../../fingerprint.js';
import { locationLabel, otherLocations, primaryLocation, slashPath } from '../common.js';
import type { FormatOptions } from '../index.js';
import { jsonPieces, LazyList } from '../json-pieces.js';
import { HOMEPAGE_URL, RULES, ruleDocs, ruleInfo, type RuleInfo } from '../../rules.js';

/** The schema GitHub and the OASIS validator expect for SARIF 2.1.0. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of the fingerprint in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'fbcoop/v1';

/**
 * One run of tool `fbcoop` (with its `informationUri`), every rule of `RULES`
 * (plus any other id the findings use) in `tool.driver.rules` with a name for
 * people, help text and Markdown and a `helpUri` (`ruleDocs`: what GitHub code
 * scanning shows beside an alert), one result per finding in the order given: level
 * error/warning/note, the primary location (the target, else the source) with
 * `startLine`/`endLine` (and `startColumn` where known, in UTF-16 code units as
 * `columnKind` says), the other sides as `relatedLocations`, and a stable
 * `partialFingerprints["fbcoop/v1"]` (the finding's fingerprint or a hash of its
 * rule and content; repeats get `:2`, `:3`… so each stays unique).
 */
export function sarifLog(report: Report, options: FormatOptions): string {
  return [...sarifPieces(report, options)].join('');
}

/**
 * `sarifLog` in pieces, one result at a time: each result is made as it is written, so a
 * report of hundreds of thousands of findings never holds them all as SARIF objects at once.
 */
export function* sarifPieces(report: Report, options: FormatOptions): Generator<string> {
  const rules: RuleInfo[] = [...RULES];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of report.findings) {
    if (!index.has(f.rule)) {
      index.set(f.rule, rules.length);
      rules.push(ruleInfo(f.rule, f.severity));
    }
  }
  const results = new LazyList<Sarif.Result>(report.findings.length, function* () {
    // Read once, in order: a fingerprint's repeats are numbered in report order.
    const seen = new Map<string, number>();
    for (const f of report.findings) yield sarifResult(f, index, seen);
  });

  const driver: Sarif.ToolComponent = {
    name: 'fbcoop',
    ...(options.toolVersion ? { version: options.toolVersion, semanticVersion: options.toolVersion } : {}),
    informationUri: HOMEPAGE_URL,
    rules: rules.map((r): Sarif.ReportingDescriptor => {
      const docs = ruleDocs(r.id, r.severity);
      return {
        id: r.id,
        name: docs.name,
        shortDescription: { text: r.description },
        fullDescription: { text: r.detail },
        help: { text: docs.text, markdown: docs.markdown },
        helpUri: docs.uri,
        defaultConfiguration: { level: level(r.severity) },
        properties: { tags: ['fbcoop'] },
      };
    }),
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  yield* jsonPieces(log);
  yield '\n';
}

/**
 * One finding as a SARIF result.
 * @param seen fingerprints met so far, and how often: a repeat gets `:2`, `:3`…
 */
function sarifResult(f: Finding, index: ReadonlyMap<string, number>, seen: Map<string, number>): Sarif.Result {
  let fingerprint = findingFingerprint(f);
  const n = (seen.get(fingerprint) ?? 0) + 1;
  seen.set(fingerprint, n);
  if (n > 1) fingerprint += `:${n}`;
  const primary = primaryLocation(f);
  const others = otherLocations(f);
  const result: Sarif.Result = {
    ruleId: f.rule,
    ruleIndex: index.get(f.rule)!,
    level: level(f.severity),
    message: { text: messageText(f) },
    locations: primary ? [sarifLocation(primary)] : [],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
  if (others.length > 0) {
    result.relatedLocations = others.map((o, i) => ({ ...sarifLocation(o.location), id: i + 1, message: { text: o.role } }));
  }
  const properties: Record<string, string> = {};
  if (f.expected !== undefined) properties.expected = f.expected;
  if (f.actual !== undefined) properties.actual = f.actual;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

/** SARIF's level for a severity (SARIF calls info `note`). */
function level(severity: Severity): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The message, then the note, then where the other sides are (GitHub shows only the text). */
function messageText(f: Finding): string {
  const lines = [f.message];
  if (f.note) lines.push(f.note);
  for (const o of otherLocations(f)) lines.push(`${o.role}: ${locationLabel(o.location)}`);
  return lines.join('\n');
}

function sarifLocation(location: Location): Sarif.Location {
  const startLine = Math.max(1, location.line);
  const region: Sarif.Region = { startLine, endLine: Math.max(startLine, location.endLine) };
  if (location.column !== undefined) region.startColumn = Math.max(1, location.column);
  if (location.text !== undefined) region.snippet = { text: location.text };
  const out: Sarif.Location = { physicalLocation: { artifactLocation: { uri: sarifUri(location.path) }, region } };
  // The line is of the text as fbcoop reads it; the page, paragraph or unit is where a reader looks in the file.
  const place: Record<string, number | string> = {};
  if (location.page !== undefined) place.page = location.page;
  if (location.lineOnPage !== undefined) place.lineOnPage = location.lineOnPage;
  if (location.paragraph !== undefined) place.paragraph = location.paragraph;
  if (location.unit !== undefined) place.unit = location.unit;
  if (Object.keys(place).length > 0) out.properties = place;
  return out;
}

/**
 * A URI reference for a path: relative paths stay relative (GitHub resolves
 * them against the repository root), with forward slashes and each segment
 * percent-encoded; absolute paths become `file://` URIs.
 */
export function sarifUri(path: string): string {
  const p = slashPath(path);
  const encode = (s: string) => s.split('/').map((seg) => (/^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg))).join('/');
  if (p.startsWith('/')) return 'file://' + encode(p);
  if (/^[A-Za-z]:\//.test(p)) return 'file:///' + encode(p);
  return encode(p);
}
