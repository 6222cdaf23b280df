/** `diff`/`check --format junit`: JUnit XML for CI test-report viewers. */
import type { Finding, Report, Severity } from '../../types.js';
import { findingFingerprint } from '../../fingerprint.js';
import { count, locationLabel, primaryLocation, severityRank, slashPath } from '../common.js';
import type { FormatOptions } from '../index.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';

/** Hex digits of the fingerprint in a test case's name: enough to keep cases of one rule apart. */
const NAME_FINGERPRINT_DIGITS = 12;

type Case = Record<string, unknown>;

interface Suite {
  name: string;
  cases: Case[];
  failures: number;
  errors: number;
}

/**
 * One `<testsuites>` holding one `<testsuite>` per document (named by its path,
 * in the report's order; files that could not be read get one too). Each suite
 * has a passing `checked` case (the document was read and compared; its
 * `system-out` says its language, segments and findings), then one case per
 * finding located there (at its primary location: the target, else the source),
 * in report order. A finding's case is named `<rule> <fingerprint>`, stable
 * across runs and wording changes (a repeated fingerprint gets `:2`, `:3`…),
 * with `classname` = the rule id and `file`/`line` attributes. A finding at or
 * above `--fail-on` (`options.failOn`, default `error`) fails: `<failure
 * type="error|warning|info">`, or `<error>` for a file that could not be read
 * (`input`); one below it passes with its details in `<system-out>`.
 */
export function junitXml(report: Report, options: FormatOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const failing = (s: Severity) => failOn !== 'never' && severityRank(s) >= severityRank(failOn);
  const suites = new Map<string, Suite>();
  const suiteOf = (path: string) => {
    let suite = suites.get(path);
    if (!suite) suites.set(path, (suite = { name: path, cases: [], failures: 0, errors: 0 }));
    return suite;
  };
  const located = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const path = slashPath(primaryLocation(f)?.path ?? 'fbcoop');
    const list = located.get(path);
    if (list) list.push(f);
    else located.set(path, [f]);
  }
  for (const d of report.documents) {
    const path = slashPath(d.path);
    const here = located.get(path) ?? [];
    const lines = [`${d.language}, ${count(d.segments, 'segment')}`, here.length === 0 ? 'no findings located in this document' : `${count(here.length, 'finding')} located here: ${severityCounts(here)}`];
    suiteOf(path).cases.push({ [`${ATTR}classname`]: 'fbcoop', [`${ATTR}name`]: 'checked', [`${ATTR}file`]: xmlSafe(path), 'system-out': xmlSafe(lines.join('\n')) });
  }

  const seen = new Map<string, number>();
  for (const f of report.findings) {
    const at = primaryLocation(f);
    const suite = suiteOf(slashPath(at?.path ?? 'fbcoop'));
    let name = `${f.rule} ${findingFingerprint(f).slice(0, NAME_FINGERPRINT_DIGITS)}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name += `:${n}`;
    const testcase: Case = { [`${ATTR}classname`]: f.rule, [`${ATTR}name`]: xmlSafe(name) };
    if (at) {
      testcase[`${ATTR}file`] = xmlSafe(slashPath(at.path));
      testcase[`${ATTR}line`] = String(at.line);
    }
    const body = { [`${ATTR}message`]: xmlSafe(oneLine(f.message)), [`${ATTR}type`]: f.severity, '#text': xmlSafe(details(f)) };
    if (!failing(f.severity)) testcase['system-out'] = xmlSafe(details(f));
    else if (f.rule === 'input') { testcase.error = body; suite.errors++; }
    else { testcase.failure = body; suite.failures++; }
    suite.cases.push(testcase);
  }

  const all = [...suites.values()];
  const counts = (tests: number, failures: number, errors: number) => ({
    [`${ATTR}tests`]: String(tests),
    [`${ATTR}failures`]: String(failures),
    [`${ATTR}errors`]: String(errors),
    [`${ATTR}skipped`]: '0',
  });
  const sum = (key: 'failures' | 'errors') => all.reduce((n, s) => n + s[key], 0);
  return buildXml({
    testsuites: {
      [`${ATTR}name`]: 'fbcoop',
      ...counts(all.reduce((n, s) => n + s.cases.length, 0), sum('failures'), sum('errors')),
      testsuite: all.map((s) => ({ [`${ATTR}name`]: xmlSafe(s.name), ...counts(s.cases.length, s.failures, s.errors), testcase: s.cases })),
    },
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `1 error, 2 warnings` for the findings given. */
function severityCounts(findings: readonly Finding[]): string {
  const by = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return (['error', 'warning', 'info'] as const).filter((s) => by(s) > 0).map((s) => (s === 'info' ? `${by(s)} info` : count(by(s), s))).join(', ');
}

/** The finding in plain text: severity, rule and message, each place with its text, values, note. */
function details(f: Finding): string {
  const lines = [`${f.severity} ${f.rule}: ${f.message}`];
  const places: [string, typeof f.source][] = [['source', f.source], ['target', f.target], ...(f.versions ?? []).map((v): [string, typeof f.source] => ['version', v])];
  for (const [role, loc] of places) if (loc) lines.push(`${role}: ${locationLabel(loc)}${loc.text !== undefined ? ` ${loc.text}` : ''}`);
  if (f.expected !== undefined || f.actual !== undefined) lines.push(`expected: ${f.expected ?? '(none)'}, actual: ${f.actual ?? '(none)'}`);
  if (f.note) lines.push(`note: ${f.note}`);
  return lines.join('\n');
}
