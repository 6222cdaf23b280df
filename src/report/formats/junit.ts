/** `diff`/`check --format junit`: JUnit XML for CI test-report viewers. */
import type { Finding, Report } from '../../types.js';
import { locationLabel, primaryLocation, slashPath } from '../common.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';

/**
 * One `<testsuites>` holding one `<testsuite name="fbcoop">`, one `<testcase>`
 * per finding: `classname` = the rule id, `name` = `path:line message` at the
 * primary location (the target, else the source), `file` and `line`
 * attributes. Errors and warnings fail (`<failure type="error|warning">`), an
 * `input` finding (a file that could not be read) is an `<error>`, and info
 * findings pass with their details in `<system-out>` (they inform, the
 * `--fail-on` level decides the exit code). With no findings, one passing test
 * case per document, so that CI shows what was checked.
 */
export function junitXml(report: Report): string {
  const cases: Record<string, unknown>[] = [];
  let failures = 0;
  let errors = 0;
  for (const f of report.findings) {
    const at = primaryLocation(f);
    const name = xmlSafe(`${at ? locationLabel(at) + ' ' : ''}${oneLine(f.message)}`);
    const testcase: Record<string, unknown> = { [`${ATTR}classname`]: f.rule, [`${ATTR}name`]: name };
    if (at) {
      testcase[`${ATTR}file`] = slashPath(at.path);
      testcase[`${ATTR}line`] = String(at.line);
    }
    const body = { [`${ATTR}message`]: xmlSafe(oneLine(f.message)), [`${ATTR}type`]: f.severity, '#text': xmlSafe(details(f)) };
    if (f.rule === 'input' && f.severity === 'error') { testcase.error = body; errors++; }
    else if (f.severity === 'info') testcase['system-out'] = xmlSafe(details(f));
    else { testcase.failure = body; failures++; }
    cases.push(testcase);
  }
  if (report.findings.length === 0) {
    const docs = report.documents.length > 0 ? report.documents : [{ path: 'fbcoop' }];
    for (const d of docs) cases.push({ [`${ATTR}classname`]: 'fbcoop', [`${ATTR}name`]: xmlSafe(`${slashPath(d.path)}: no divergences found`) });
  }
  const counts = {
    [`${ATTR}tests`]: String(cases.length),
    [`${ATTR}failures`]: String(failures),
    [`${ATTR}errors`]: String(errors),
    [`${ATTR}skipped`]: '0',
  };
  return buildXml({
    testsuites: {
      [`${ATTR}name`]: 'fbcoop',
      ...counts,
      testsuite: { [`${ATTR}name`]: 'fbcoop', ...counts, testcase: cases },
    },
  });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
