/**
 * The pipeline: read → segment → detect → align → compare → report.
 * The CLI and the corpus mode call these; each stage knows only `types.ts`.
 */
import type { Alignment, Bead, Document, Finding, Report, SegmentedDocument, Severity, Summary } from './types.js';
import { declaredLanguage, segment, type SegmentOptions } from './segment/index.js';
import { detectLanguagesInPlace } from './detect/index.js';
import { align, type AlignOptions } from './align/index.js';
import { compare, type CompareOptions } from './compare/index.js';
import { glossaryLexicon } from './terms/index.js';

/** Everything `analyze` can be told. */
export interface AnalyzeOptions extends SegmentOptions, AlignOptions, CompareOptions {
  /** ISO 639-1 code of the source, overriding detection. */
  sourceLang?: string;
  /** ISO 639-1 code of the target, overriding detection. */
  targetLang?: string;
  /** `alignDocuments`: judge each segment's language (default true; see `DetectOptions.segments`). */
  segmentLanguages?: boolean;
}

/**
 * Segment a document and identify its languages.
 * @param lang ISO 639-1 override, or undefined to detect
 * @param segmentLanguages judge each segment's language (default true), or give each the document's
 */
export function prepare(document: Document, options: SegmentOptions & { lang?: string; segmentLanguages?: boolean } = {}): SegmentedDocument {
  // A language the format declares (HTML `lang`, XLIFF `srcLang`) stands unless the user overrides it.
  return detectLanguagesInPlace(segment(document, options), { lang: options.lang ?? declaredLanguage(document), segments: options.segmentLanguages });
}

/** Whether a document holds both sides of its units (XLIFF, TMX). */
export function isBilingual(document: Document): boolean {
  return document.format === 'xliff' || document.format === 'tmx';
}

/**
 * The two sides of a bilingual document (XLIFF, TMX), each a document of its own over the same file.
 * @returns `[source, target]`
 */
export function sidesOf(document: Document): [Document, Document] {
  return [{ ...document, side: 'source' }, { ...document, side: 'target' }];
}

/** Whether two documents are the source and target sides of one bilingual file: their units are already aligned. */
function sameUnits(source: Document, target: Document): boolean {
  return source.side === 'source' && target.side === 'target' && source.path === target.path && source.value === target.value;
}

/**
 * Beads of an already aligned file, one per unit: the source side's segments of the unit with the
 * target side's (bilingual readers give each unit as a source block followed by its target block).
 */
export function unitBeads(source: SegmentedDocument, target: SegmentedDocument): Bead[] {
  const byUnit = new Map<number, Bead>();
  const beadOf = (unit: number): Bead => {
    let bead = byUnit.get(unit);
    if (!bead) byUnit.set(unit, (bead = { source: [], target: [], score: 1, sure: true }));
    return bead;
  };
  source.segments.forEach((s, i) => beadOf((s.block ?? 0) >> 1).source.push(i));
  target.segments.forEach((s, i) => beadOf((s.block ?? 0) >> 1).target.push(i));
  // A unit is a pairing its file states, so sure, unless a side of it is empty.
  return [...byUnit].sort(([a], [b]) => a - b).map(([, bead]) => ({ ...bead, sure: bead.source.length > 0 && bead.target.length > 0 }));
}

/** Segment both documents and align them (the `align` command: no comparison); by unit when they are the two sides of one XLIFF or TMX file. */
export function alignDocuments(source: Document, target: Document, options: AnalyzeOptions = {}): Alignment {
  const src = prepare(source, { ...options, lang: options.sourceLang });
  const tgt = prepare(target, { ...options, lang: options.targetLang });
  return sameUnits(source, target) ? { source: src, target: tgt, beads: unitBeads(src, tgt) } : alignPrepared(src, tgt, options);
}

/** Align two prepared documents. A glossary's one-word terms are known translations: they help the aligner as the user lexicon does. */
function alignPrepared(source: SegmentedDocument, target: SegmentedDocument, options: AnalyzeOptions): Alignment {
  const known = options.glossary ? glossaryLexicon(options.glossary, source.lang, target.lang) : [];
  const lexicon = known.length ? [...(options.lexicon ?? []), ...known] : options.lexicon;
  return { source, target, beads: align(source, target, { ...options, lexicon }) };
}

/** Count findings by severity. */
export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

/** Build the report object that `--format json` prints. */
export function buildReport(documents: readonly SegmentedDocument[], findings: Finding[]): Report {
  return {
    version: 1,
    documents: documents.map((d) => ({ path: d.document.path, language: d.lang, segments: d.segments.length })),
    findings,
    summary: summarize(findings),
  };
}

/**
 * Align two prepared documents and compare them: the pipeline after `prepare`, the one function
 * that both `analyze` and corpus mode (`check`) run for a pair, so every option reaches both.
 * @returns the alignment and the findings
 */
export function analyzePrepared(source: SegmentedDocument, target: SegmentedDocument, options: AnalyzeOptions = {}): { alignment: Alignment; findings: Finding[] } {
  const alignment: Alignment = sameUnits(source.document, target.document) ? { source, target, beads: unitBeads(source, target) } : alignPrepared(source, target, options);
  return { alignment, findings: compare(alignment, options) };
}

/**
 * Compare two versions of a text: the whole pipeline.
 * @returns the alignment (for formats that show it) and the report
 */
export function analyze(source: Document, target: Document, options: AnalyzeOptions = {}): { alignment: Alignment; report: Report } {
  const src = prepare(source, { ...options, lang: options.sourceLang });
  const tgt = prepare(target, { ...options, lang: options.targetLang });
  const { alignment, findings } = analyzePrepared(src, tgt, options);
  return { alignment, report: buildReport([alignment.source, alignment.target], findings) };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Whether a report should fail a CI job.
 * @param failOn the lowest severity that fails, or `never`
 */
export function shouldFail(findings: readonly Finding[], failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
