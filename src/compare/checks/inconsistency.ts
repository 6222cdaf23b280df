/**
 * `inconsistency` (no glossary needed): one source term rendered in different ways
 * in a translation, or one rendering standing for different source terms; and, in a
 * corpus, one source term rendered differently by the versions of one language.
 */
import type { Emitted, Found, PairContext } from '../context.js';
import type { Finding, Location, SegmentedDocument } from '../../types.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSpan } from '../locate.js';
import { pairRenderings, type Rendering, type TermPlace } from '../../terms/renderings.js';
import { phraseRenderings } from '../../terms/phrase-renderings.js';

const RENDERINGS = new WeakMap<object, Rendering[]>();

/** The renderings of a pair's defined terms (computed once per alignment). */
export function renderingsOf(ctx: PairContext): Rendering[] {
  let r = RENDERINGS.get(ctx.beads);
  if (!r) {
    const crossLanguage = ctx.source.lang !== 'und' && ctx.target.lang !== 'und' && ctx.source.lang !== ctx.target.lang;
    const alignment = { source: ctx.source, target: ctx.target, beads: ctx.beads };
    const sure = (b: number) => ctx.isSurePair(b);
    const acronyms = crossLanguage ? pairRenderings(alignment, sure) : [];
    r = crossLanguage ? [...acronyms, ...phraseRenderings(alignment, sure, acronyms)] : [];
    RENDERINGS.set(ctx.beads, r);
  }
  return r;
}

function at(doc: SegmentedDocument, p: TermPlace): Location {
  return locateSpan(doc, doc.segments[p.segment], p.start, p.end);
}

/** Group items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push(x);
  }
  return out;
}

/** Within one translation: each use rendered otherwise than most uses of its term, and each rendering shared by two terms. */
export function checkInconsistency(ctx: PairContext): Emitted[] {
  const renderings = renderingsOf(ctx);
  const out: Emitted[] = [];
  for (const uses of groupBy(renderings, (r) => r.sourceKey).values()) {
    const byTarget = groupBy(uses, (r) => r.targetKey);
    if (byTarget.size < 2) continue;
    // The rendering most uses have (the first one on a tie) is the term's; the others are reported.
    const main = [...byTarget.values()].reduce((a, b) => (b.length > a.length ? b : a));
    const mainAt = at(ctx.target, main[0].target);
    for (const r of uses) {
      if (r.targetKey === main[0].targetKey) continue;
      out.push({ order: r.bead, finding: finding(ctx, r,
        `"${r.sourceTerm}" (source) is rendered "${r.target.text}" here but "${main[0].target.text}" elsewhere (line ${mainAt.line})`,
        main[0].target.text) });
    }
  }
  // One rendering for two terms is read only off defined acronyms: a phrase's counterpart is a statistical guess.
  for (const uses of groupBy(renderings.filter((r) => r.kind === 'acronym'), (r) => r.targetKey).values()) {
    const bySource = groupBy(uses, (r) => r.sourceKey);
    if (bySource.size < 2) continue;
    const [first, ...others] = [...bySource.values()];
    const firstAt = at(ctx.source, first[0].source);
    for (const [r] of others) {
      out.push({ order: r.bead, finding: finding(ctx, r,
        `"${r.target.text}" (target) stands both for "${first[0].sourceTerm}" (line ${firstAt.line}) and for "${r.sourceTerm}" (source)`,
        first[0].sourceTerm) });
    }
  }
  return out;
}

function finding(ctx: PairContext, r: Rendering, message: string, expected: string): Found {
  return {
    rule: 'inconsistency',
    message,
    source: at(ctx.source, r.source),
    target: at(ctx.target, r.target),
    expected,
    actual: r.target.text,
    fingerprint: fingerprint('inconsistency', r.sourceKey, r.targetKey, expected),
  };
}

/** A term's rendering in one version, as plain data (it crosses from worker threads). */
export interface VersionRendering {
  sourceKey: string;
  sourceTerm: string;
  source: Location;
  targetLanguage: string;
  targetKey: string;
  /** The rendering as the version writes it. */
  targetText: string;
  target: Location;
}

/**
 * The first rendering of each term in a pair, for comparing the versions of a corpus.
 * @returns one entry per (term, rendering) of the pair, in bead order
 */
export function versionRenderings(ctx: PairContext): VersionRendering[] {
  const seen = new Set<string>();
  const out: VersionRendering[] = [];
  // Versions are compared on the terms the source defines: a recurring phrase's counterpart is a statistical guess.
  for (const r of renderingsOf(ctx)) {
    if (r.kind !== 'acronym') continue;
    const k = `${r.sourceKey}\u0000${r.targetKey}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ sourceKey: r.sourceKey, sourceTerm: r.sourceTerm, source: at(ctx.source, r.source), targetLanguage: ctx.target.lang, targetKey: r.targetKey, targetText: r.targetTerm, target: at(ctx.target, r.target) });
  }
  return out;
}

/**
 * Across the versions of one language (each compared with the same source): a term
 * each version renders its own way. One finding per term and language, on the first
 * version (by path), naming the others under `versions`.
 * @param renderings what `versionRenderings` gave for each pair from the reference
 */
export function inconsistencyAcrossVersions(renderings: readonly VersionRendering[]): Finding[] {
  const out: Finding[] = [];
  const groups = groupBy(renderings, (r) => `${r.source.path}\u0000${r.sourceKey}\u0000${r.targetLanguage}`);
  for (const uses of groups.values()) {
    // Each version's rendering: the first it uses (a version that varies within itself is reported by the pair check).
    const byVersion = new Map<string, VersionRendering>();
    for (const r of uses) if (!byVersion.has(r.target.path)) byVersion.set(r.target.path, r);
    const versions = [...byVersion.values()].sort((a, b) => (a.target.path < b.target.path ? -1 : a.target.path > b.target.path ? 1 : 0));
    if (new Set(versions.map((v) => v.targetKey)).size < 2) continue;
    const [first, ...rest] = versions;
    const named = versions.map((v) => `"${v.targetText}" (${v.target.path}:${v.target.line})`).join(', ');
    out.push({
      rule: 'inconsistency',
      severity: 'info',
      message: `"${first.sourceTerm}" (source) is rendered differently by the ${first.targetLanguage} versions: ${named}`,
      source: first.source,
      target: first.target,
      versions: rest.map((v) => v.target),
      expected: first.targetText,
      actual: rest.map((v) => v.targetText).join(' | '),
      fingerprint: fingerprint('inconsistency', first.sourceKey, ...versions.map((v) => v.targetKey)),
    });
  }
  return out;
}
