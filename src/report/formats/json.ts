/** The JSON formats of `segment`, `align`, `diff` and `check`: the shapes fixed by spec/cli.md. */
import type { Alignment, Report, SegmentedDocument } from '../../types.js';
import { segmentRecord } from '../common.js';
import { jsonPieces } from '../json-pieces.js';

/**
 * `segment --format json`: the spec's shape, plus `encoding` and `notes`
 * (how the file was decoded, remarks on the reading) after the spec's keys.
 */
export function segmentsJson(doc: SegmentedDocument): string {
  const out = {
    version: 1,
    path: doc.document.path,
    language: doc.lang,
    segments: doc.segments.map((s) => segmentRecord(s, doc.document.lineStarts)),
    repairs: doc.repairs.map((r) => ({ kind: r.kind, line: r.line, from: r.from, to: r.to })),
    skipped: doc.skipped.map((s) => ({ line: s.line, endLine: s.endLine, reason: s.reason })),
    encoding: doc.document.encoding,
    notes: doc.document.notes,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** `align --format json`: both sides' segments and the beads; scores rounded to 6 decimals. */
export function alignmentJson(alignment: Alignment): string {
  const side = (doc: SegmentedDocument) => ({
    path: doc.document.path,
    language: doc.lang,
    segments: doc.segments.map((s) => segmentRecord(s, doc.document.lineStarts)),
  });
  const out = {
    version: 1,
    source: side(alignment.source),
    target: side(alignment.target),
    // Rounded as in the `beads` format, so float noise (0.9100000000000001) never shows.
    beads: alignment.beads.map((b) => ({ source: b.source, target: b.target, score: Number(b.score.toFixed(6)), sure: b.sure })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** `diff`/`check --format json`: the report as given (findings untouched, extra keys such as `groups` kept). */
export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** `reportJson` in pieces (the same text), one finding at a time: a huge report is never one string. */
export function* reportJsonPieces(report: Report): Generator<string> {
  yield* jsonPieces(report);
  yield '\n';
}
