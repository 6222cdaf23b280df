/**
 * What `merge-reports` accepts: the JSON of `fbcoop check --format json`, checked field by
 * field, and shards of one run only. Without these checks a malformed report surfaced as an
 * internal message ("Cannot read properties of null"), a finding of severity "catastrophic" was
 * passed on, and reports of two different corpora were merged into nonsense groups (issue 11).
 */
import { FbcoopError } from '../errors.js';
import type { CorpusReport } from './model.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: Json): v is string => typeof v === 'string';
const isCount = (v: Json): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Check that parsed JSON is a `check` report.
 * @param data the parsed file
 * @param path the file, for the message
 * @returns the report, typed
 * @throws FbcoopError E_USAGE naming the file and the first field that is wrong
 */
export function validateCorpusReport(data: Json, path: string): CorpusReport {
  const fail = (what: string): never => {
    throw new FbcoopError('E_USAGE', `${path}: not a report of fbcoop check --format json (${what})`);
  };
  if (!isObject(data)) return fail(`expected an object, found ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`);
  if (data.version !== 1) fail(`version ${JSON.stringify(data.version) ?? 'missing'}, expected 1`);
  for (const key of ['documents', 'groups', 'findings'] as const) if (!Array.isArray(data[key])) fail(`no ${key} list`);
  (data.documents as Json[]).forEach((d, i) => {
    if (!isObject(d) || !isString(d.path) || !isString(d.language) || !isCount(d.segments)) fail(`documents[${i}] is not {path, language, segments}`);
  });
  (data.groups as Json[]).forEach((g, i) => {
    if (!isObject(g) || !isString(g.id) || !Array.isArray(g.members) || !g.members.every(isString) || !isString(g.reference)) {
      fail(`groups[${i}] is not {id, members, reference}`);
    }
    const group = g as { languages?: Json; reason?: Json };
    if (group.languages !== undefined && !(Array.isArray(group.languages) && group.languages.every(isString))) fail(`groups[${i}].languages is not a list of codes`);
  });
  if (data.shard !== undefined) {
    const sh = data.shard as Record<string, Json> | null;
    if (!isObject(sh) || !isCount(sh.k) || !isCount(sh.n) || !isCount(sh.groups) || sh.k < 1 || sh.k > sh.n) fail('shard is not {k, n, groups} with 1 ≤ k ≤ n');
  }
  (data.findings as Json[]).forEach((f, i) => {
    if (!isObject(f)) return fail(`findings[${i}] is not an object`);
    if (!isString(f.rule) || f.rule === '') fail(`findings[${i}] has no rule`);
    if (!isString(f.severity) || !SEVERITIES.has(f.severity)) fail(`findings[${i}].severity ${JSON.stringify(f.severity) ?? 'missing'} is not error, warning or info`);
    if (!isString(f.message)) fail(`findings[${i}] has no message`);
    for (const side of ['source', 'target'] as const) if (f[side] !== undefined) checkLocation(f[side], `findings[${i}].${side}`, fail);
    if (f.versions !== undefined) {
      if (!Array.isArray(f.versions)) fail(`findings[${i}].versions is not a list`);
      (f.versions as Json[]).forEach((v, k) => checkLocation(v, `findings[${i}].versions[${k}]`, fail));
    }
    for (const key of ['expected', 'actual', 'note', 'fingerprint'] as const) if (f[key] !== undefined && !isString(f[key])) fail(`findings[${i}].${key} is not text`);
    if (f.diff !== undefined && !(Array.isArray(f.diff) && f.diff.every((c) => isObject(c) && isString(c.value) && ['equal', 'removed', 'added'].includes(c.op as string)))) {
      fail(`findings[${i}].diff is not a word diff`);
    }
  });
  return data as unknown as CorpusReport;
}

function checkLocation(l: Json, where: string, fail: (what: string) => never): void {
  if (!isObject(l) || !isString(l.path) || !isCount(l.line) || !isCount(l.endLine)) fail(`${where} is not {path, line, endLine}`);
  const loc = l as Record<string, Json>;
  if (loc.text !== undefined && !isString(loc.text)) fail(`${where}.text is not text`);
  for (const key of ['start', 'end', 'column'] as const) if (loc[key] !== undefined && !isCount(loc[key])) fail(`${where}.${key} is not a count`);
}

/**
 * Check that reports are shards of one run: a group id means the same members in every report
 * that has it, and a document belongs to one group. Two corpora both number their groups from
 * `g1`, so their reports disagree on both.
 * @param reports each report with the file it came from
 * @throws FbcoopError E_USAGE naming the two files
 */
export function checkSameRun(reports: readonly { path: string; report: CorpusReport }[]): void {
  const groups = new Map<string, { members: string; path: string }>();
  const owner = new Map<string, { group: string; path: string }>();
  const differ = (a: string, b: string, why: string): never => {
    throw new FbcoopError('E_USAGE', `${b}: not a shard of the same run as ${a} (${why}); merge the shards of one \`check --shard\` run`);
  };
  // Shards say which run they are part of: the same number of shards and of groups in all.
  const first = reports.find((r) => r.report.shard)?.report.shard;
  const firstPath = reports.find((r) => r.report.shard)?.path ?? '';
  const ks = new Map<number, string>();
  for (const { path, report } of reports) {
    if (!first) break;
    const sh = report.shard;
    if (!sh) differ(firstPath, path, 'a whole run, not a shard');
    else if (sh.n !== first.n || sh.groups !== first.groups) differ(firstPath, path, `shard ${sh.k}/${sh.n} of ${sh.groups} groups, there ${first.k}/${first.n} of ${first.groups}`);
    else if (ks.has(sh.k) && JSON.stringify(report) !== JSON.stringify(reports.find((r) => r.path === ks.get(sh.k))?.report)) {
      differ(ks.get(sh.k)!, path, `two different reports of shard ${sh.k}/${sh.n}`);
    }
    if (sh) ks.set(sh.k, path);
  }
  for (const { path, report } of reports) {
    for (const g of report.groups) {
      const members = JSON.stringify([...g.members].sort());
      const seen = groups.get(g.id);
      if (seen && seen.members !== members) differ(seen.path, path, `group ${g.id} has other members`);
      if (!seen) groups.set(g.id, { members, path });
      for (const m of g.members) {
        const had = owner.get(m);
        if (had && had.group !== g.id) differ(had.path, path, `${m} is in group ${had.group} there, ${g.id} here`);
        if (!had) owner.set(m, { group: g.id, path });
      }
    }
  }
}
