/** One unit of corpus work, run in-process or on a worker thread: prepare a document, compare a pair, or check one document. */
import { checkDocument } from '../compare/index.js';
import { endLineOf } from '../position.js';
import { FbcoopError } from '../errors.js';
import { analyzePrepared, prepare, type AnalyzeOptions } from '../pipeline.js';
import type { SegmentOptions } from '../segment/index.js';
import type { Alignment, Document, Finding, SegmentedDocument } from '../types.js';
import { featuresOf, type DocFeatures } from './features.js';
import type { PairSegment, PairView } from './model.js';

/** A task, plain data so it crosses to a worker thread by structured clone. */
export type Task =
  | { kind: 'prepare'; doc: Document; options: SegmentOptions & { lang?: string } }
  | { kind: 'pair'; group: string; source: SegmentedDocument; target: SegmentedDocument; options: TaskOptions; keepView: boolean }
  | { kind: 'document'; doc: SegmentedDocument; options: TaskOptions };

/** Options every task carries: all of the pipeline's (plain data, so they cross to a worker thread). */
export type TaskOptions = AnalyzeOptions;

/** What a task gives back. */
export interface TaskResult {
  findings: Finding[];
  /** Per finding, the side `runTask` added to name the other version (a place, not a finding there), if any. */
  added?: ('source' | 'target' | null)[];
  view?: PairView;
  /** For `prepare`: the segmented document and its grouping features. */
  prepared?: SegmentedDocument;
  features?: DocFeatures;
  /** For `prepare`: why the document could not be prepared (one line), if it could not. */
  problem?: string;
}

/** Run a task: align and compare a pair (without the one-document checks), or run the one-document checks. */
export function runTask(task: Task): TaskResult {
  if (task.kind === 'prepare') {
    try {
      const prepared = prepare(task.doc, task.options);
      return { findings: [], prepared, features: featuresOf(prepared) };
    } catch (error) {
      if (error instanceof FbcoopError) return { findings: [], problem: error.message };
      throw error;
    }
  }
  if (task.kind === 'pair') {
    // The pipeline's own function with the full options; the one-document checks run once per document instead.
    const { alignment, findings: found } = analyzePrepared(task.source, task.target, { ...task.options, documentChecks: false });
    const findings: Finding[] = [];
    const added: ('source' | 'target' | null)[] = [];
    for (const f of found) {
      const g = withOtherSide(f, alignment);
      findings.push(g);
      added.push(g === f ? null : f.source ? 'target' : 'source');
    }
    return { findings, added, view: task.keepView ? viewOf(task.group, alignment) : undefined };
  }
  return { findings: checkDocument(task.doc, 'source', task.options) };
}

/**
 * A pair finding that points into one side only (an omission, an addition) also names the other
 * version, at the place the content would be, so that merged findings can say which versions lack it.
 */
function withOtherSide(f: Finding, alignment: Alignment): Finding {
  if ((f.source && f.target) || (!f.source && !f.target)) return f;
  const side = f.source ? 'source' : 'target';
  const other = side === 'source' ? 'target' : 'source';
  const own = alignment[side];
  const loc = f[side]!;
  const index = own.segments.findIndex((s) => (loc.segment !== undefined ? s.id === loc.segment : s.position.start.line <= loc.endLine && endLineOf(s.position, own.document.lineStarts) >= loc.line));
  if (index < 0) return f;
  const b = alignment.beads.findIndex((bead) => bead[side].includes(index));
  const otherDoc = alignment[other];
  let at: number | undefined;
  for (let k = b - 1; k >= 0 && at === undefined; k--) if (alignment.beads[k][other].length) at = alignment.beads[k][other].at(-1);
  for (let k = b + 1; k < alignment.beads.length && at === undefined; k++) if (alignment.beads[k][other].length) at = alignment.beads[k][other][0];
  const line = at === undefined ? 1 : endLineOf(otherDoc.segments[at].position, otherDoc.document.lineStarts);
  return { ...f, [other]: { path: otherDoc.document.path, line, endLine: line } };
}

function segmentsOf(doc: SegmentedDocument): PairSegment[] {
  return doc.segments.map((s) => ({
    id: s.id,
    kind: s.kind,
    text: s.text,
    line: s.position.start.line,
    endLine: endLineOf(s.position, doc.document.lineStarts),
    start: s.position.start.offset,
    end: s.position.end.offset,
  }));
}

/** The parts of an alignment the HTML report draws. */
function viewOf(group: string, alignment: Alignment): PairView {
  return {
    group,
    source: alignment.source.document.path,
    target: alignment.target.document.path,
    sourceLanguage: alignment.source.lang,
    targetLanguage: alignment.target.lang,
    beads: alignment.beads,
    sourceSegments: segmentsOf(alignment.source),
    targetSegments: segmentsOf(alignment.target),
  };
}
