/**
 * Corpus mode: group the documents that are versions of one text, pick each
 * group's reference, compare the pairs (in parallel), merge what several pairs
 * say about one place, and report.
 */
import { severityOf } from '../rules.js';
import { availableParallelism } from 'node:os';
import { FbcoopError } from '../errors.js';
import { alignDocuments, buildReport, isBilingual, sidesOf, summarize } from '../pipeline.js';
import { compare } from '../compare/index.js';
import type { Document, DocumentSummary, Finding, SegmentedDocument } from '../types.js';
import { applyBaseline } from './baseline.js';
import { findingFingerprint } from '../fingerprint.js';
import { neutralAgreement, type DocFeatures } from './features.js';
import { matchGlob } from './glob.js';
import { components, findLinks } from './group.js';
import { mergeFindings, type Sourced } from './merge.js';
import { foldExplained } from './blame.js';
import type { CorpusGroup, CorpusOptions, CorpusReport, InputProblem, PairView, ReferenceRule } from './model.js';
import { sortDocuments, sortFindings, sortGroups, sortPairs } from './order.js';
import { TaskPool } from './pool.js';
import { chooseReference } from './reference.js';
import { inShard } from './shard.js';
import type { Task, TaskOptions } from './task.js';
import { inconsistencyAcrossVersions, type VersionRendering } from '../compare/checks/inconsistency.js';

export type { CorpusGroup, CorpusOptions, CorpusReport, InputProblem, PairSegment, PairView, ReferenceRule } from './model.js';
export { parseConfig, printConfig, optionsFromConfig, type Config } from './config.js';
export { writeBaseline, parseBaseline, applyBaseline, type Baseline } from './baseline.js';
export { matchGlob } from './glob.js';

/** The error-level `input` finding for a file that could not be read. */
export function inputFinding(problem: InputProblem): Finding {
  return { rule: 'input', severity: 'error', message: problem.message, source: { path: problem.path, line: 1, endLine: 1 } };
}

/** A document's language override from the config's path globs (the last matching glob wins). */
function languageOverride(path: string, languages: CorpusOptions['languages']): string | undefined {
  let lang: string | undefined;
  for (const [glob, code] of Object.entries(languages ?? {})) if (matchGlob(glob, path)) lang = code;
  return lang;
}

/** Pairs to compare in a group: the reference with every other version, and each other language's lead with its same-language versions. */
function pairsOf(members: readonly number[], ref: number, features: readonly DocFeatures[]): [number, number][] {
  const pairs: [number, number][] = members.filter((m) => m !== ref).map((m) => [ref, m]);
  const byLang = new Map<string, number[]>();
  for (const m of members) {
    if (m === ref) continue;
    let list = byLang.get(features[m].lang);
    if (!list) byLang.set(features[m].lang, (list = []));
    list.push(m);
  }
  for (const [lang, list] of [...byLang].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The reference's own language is covered: the reference already meets each of them.
    if (list.length < 2 || lang === features[ref].lang || lang === 'und') continue;
    // One lead per language keeps the pairs linear: the version that agrees most with the reference.
    const lead = list.reduce((best, m) => (neutralAgreement(features[m], features[ref]) > neutralAgreement(features[best], features[ref]) ? m : best), list[0]);
    for (const m of list) if (m !== lead) pairs.push([lead, m]);
  }
  return pairs;
}

/**
 * Check a corpus.
 * @param documents the files read
 * @param problems the files that could not be read: each becomes an error-level `input` finding
 * @returns the report: documents, groups, findings (merged across pairs, canonical order), summary
 */
export async function checkCorpus(documents: readonly Document[], problems: readonly InputProblem[], options: CorpusOptions = {}): Promise<CorpusReport> {
  const inputs: Finding[] = problems.map(inputFinding);
  // An XLIFF or TMX file holds its own versions, already aligned: it is a group of its own.
  const bilingual = documents.filter(isBilingual).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sorted = documents.filter((d) => !isBilingual(d)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const workers = options.workers ?? 1;
  // Segmenting is most of the cheap phase: it runs on the threads too. Pairs are about as many as documents.
  let chars = 0;
  for (const d of sorted) chars += d.value.length;
  const pool = new TaskPool(TaskPool.threadsFor(workers, sorted.length, chars, availableParallelism()));
  try {
    const n = sorted.length;
    const preparedResults = await pool.run(
      sorted.map((doc) => ({ kind: 'prepare', doc, options: { ...analysisOptions(options), lang: languageOverride(doc.path, options.languages) } })),
      options.onProgress && ((done) => options.onProgress!(done, 2 * n)),
    );
    const prepared: SegmentedDocument[] = [];
    const features: DocFeatures[] = [];
    preparedResults.forEach((r, i) => {
      if (r.prepared && r.features) {
        prepared.push(r.prepared);
        features.push(r.features);
      } else inputs.push(inputFinding({ path: sorted[i].path, message: r.problem ?? `${sorted[i].path}: could not be read` }));
    });
    return await compareGroups(prepared, features, inputs, options, pool, n, bilingual);
  } finally {
    await pool.close();
  }
}

/** Group, pick references, run the checks of the selected groups, and build the report. */
async function compareGroups(
  prepared: readonly SegmentedDocument[],
  features: readonly DocFeatures[],
  inputs: Finding[],
  options: CorpusOptions,
  pool: TaskPool,
  preparedCount: number,
  bilingual: readonly Document[] = [],
): Promise<CorpusReport> {
  const comps = components(prepared.length, findLinks(features));
  const shard = options.shard;
  const reference = options.reference;
  const referenceRules: readonly ReferenceRule[] = reference === undefined ? [] : 'length' in reference ? (reference as readonly ReferenceRule[]) : [reference as ReferenceRule];

  const groups: CorpusGroup[] = [];
  const tasks: Task[] = [];
  const taskRefs: boolean[] = [];
  const taskOptions: TaskOptions = analysisOptions(options);
  const selected: SegmentedDocument[] = [];
  comps.forEach((members, g) => {
    const id = `g${g + 1}`;
    const paths = members.map((m) => prepared[m].document.path);
    if (shard && !inShard(paths, shard.k, shard.n)) return;
    const choice = chooseReference(members.map((m) => features[m]), referenceRules, options.sourcePath);
    const ref = members[choice.index];
    groups.push({
      id,
      members: paths,
      reference: prepared[ref].document.path,
      languages: [...new Set(members.map((m) => prepared[m].lang))].sort(),
      reason: choice.reason,
    });
    for (const m of members) {
      selected.push(prepared[m]);
      tasks.push({ kind: 'document', doc: prepared[m], options: taskOptions });
      taskRefs.push(m === ref);
    }
    for (const [s, t] of pairsOf(members, ref, features)) {
      tasks.push({ kind: 'pair', group: id, source: prepared[s], target: prepared[t], options: taskOptions, keepView: options.keepPairs === true });
      taskRefs.push(s === ref);
    }
  });

  const results = await pool.run(tasks, options.onProgress && ((done, total) => options.onProgress!(preparedCount + done, preparedCount + total)));
  const sourced: Sourced[] = [];
  bilingual.forEach((doc, k) => {
    if (shard && !inShard([doc.path], shard.k, shard.n)) return;
    // Each unit's source against its target, with every rule; no alignment guessed.
    const [s, t] = sidesOf(doc);
    const alignment = alignDocuments(s, t, { granularity: options.granularity, lexicon: options.lexicon, sourceLang: languageOverride(doc.path, options.languages) });
    groups.push({ id: `g${comps.length + k + 1}`, members: [doc.path], reference: doc.path, languages: [...new Set([alignment.source.lang, alignment.target.lang])].sort(), reason: 'units of an XLIFF/TMX file: each source against its target' });
    selected.push(alignment.source);
    for (const finding of compare(alignment, { severity: options.severity })) sourced.push({ finding, fromReference: true, added: null, pair: undefined });
  });
  const pairs: PairView[] = [];
  const renderings: VersionRendering[] = [];
  results.forEach((r, i) => {
    const task = tasks[i];
    const pair = task.kind === 'pair' ? pairKey(task.source.document.path, task.target.document.path) : undefined;
    r.findings.forEach((finding, k) => sourced.push({ finding, fromReference: taskRefs[i], added: r.added?.[k] ?? null, pair }));
    if (r.view) pairs.push(r.view);
    if (r.renderings && taskRefs[i]) renderings.push(...r.renderings);
  });
  // Found across pairs, so weighed here, by the same model as every other finding.
  const acrossLevel = severityOf('inconsistency', false, options.severity?.inconsistency);
  if (acrossLevel !== 'off') for (const finding of inconsistencyAcrossVersions(renderings)) sourced.push({ finding: { ...finding, severity: acrossLevel }, fromReference: true, added: null });
  const origins = new Map<Finding, Set<string>>();
  // Blame the version that departs from the reference, not the one that keeps to it; then merge.
  let findings = mergeFindings(foldExplained(sourced), origins);
  // Unreadable files belong to no group: shard 1 reports them, so merged shards report them once.
  if (!shard || shard.k === 1) for (const f of inputs) findings.push(f);
  for (const f of findings) f.fingerprint = findingFingerprint(f);
  if (options.baseline) findings = applyBaseline(findings, options.baseline);
  const report = buildReport(selected, sortFindings(findings));
  const out: CorpusReport = { ...report, documents: sortDocuments(report.documents), groups: sortGroups(groups) };
  if (shard) out.shard = { k: shard.k, n: shard.n, groups: comps.length };
  if (options.keepPairs) {
    // Each pair shows the findings it made (a merged finding names versions other pairs found).
    const byPair = new Map<string, number[]>();
    out.findings.forEach((f, i) => {
      for (const key of origins.get(f) ?? []) {
        let list = byPair.get(key);
        if (!list) byPair.set(key, (list = []));
        list.push(i);
      }
    });
    for (const p of pairs) p.findings = byPair.get(pairKey(p.source, p.target)) ?? [];
    out.pairs = sortPairs(pairs, out.groups);
  }
  return out;
}

/**
 * The pipeline options among the corpus options: everything but what only corpus mode uses, so an
 * option added to the pipeline (`AnalyzeOptions`) reaches `check` without being listed here.
 */
function analysisOptions(options: CorpusOptions): TaskOptions {
  const {
    reference: _reference, sourcePath: _sourcePath, languages: _languages, failOn: _failOn, shard: _shard,
    workers: _workers, baseline: _baseline, onProgress: _onProgress, keepPairs: _keepPairs, ...analysis
  } = options;
  return analysis;
}

/** Key of a compared pair. */
function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/**
 * Merge the reports of the shards of one corpus into the report one run gives.
 * @param reports `check --format json` outputs of shards 1…n (any order)
 */
export function mergeReports(reports: readonly CorpusReport[]): CorpusReport {
  const documents = new Map<string, DocumentSummary>();
  const groups = new Map<string, CorpusGroup>();
  const findings = new Map<string, Finding>();
  const pairs: PairView[] = [];
  for (const r of reports) {
    if (r.version !== 1 || !Array.isArray(r.documents) || !Array.isArray(r.findings) || !Array.isArray(r.groups)) {
      throw new FbcoopError('E_USAGE', 'merge-reports: expected the JSON of `fbcoop check --format json` (version 1, with documents, groups and findings)');
    }
    for (const d of r.documents) documents.set(d.path, d);
    for (const g of r.groups) groups.set(g.id, g);
    // The same finding in two shards (a rerun shard, the unreadable files) is reported once.
    for (const f of r.findings) findings.set(JSON.stringify(f), f);
    // Finding indices point into one shard's list: the merged report matches pairs by location instead.
    if (r.pairs) for (const { findings: _indices, ...p } of r.pairs) pairs.push(p);
  }
  const list = sortFindings([...findings.values()]);
  const out: CorpusReport = {
    version: 1,
    documents: sortDocuments([...documents.values()]),
    findings: list,
    summary: summarize(list),
    groups: sortGroups([...groups.values()]),
  };
  if (pairs.length) out.pairs = sortPairs(pairs, out.groups);
  return out;
}
