/**
 * `align --format xliff`: the alignment as a bilingual file for CAT and review tools, XLIFF 2.0
 * (OASIS 2014) by default or XLIFF 1.2 (OASIS 2008, what most tools still read) on request.
 */
import type { Alignment, Finding, Severity } from '../../types.js';
import type { FormatOptions } from '../index.js';
import { translationUnits, type TranslationUnit } from '../units.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';
import { lineSpan } from './bitext.js';

/** XLIFF versions written. */
export type XliffVersion = '2.0' | '1.2';

/** Note priority per severity (XLIFF: 1 is the highest, 10 the lowest). */
const PRIORITY: Record<Severity, string> = { error: '1', warning: '3', info: '5' };

/**
 * One unit per translation unit (a bead, or a sentence cut out of a merged bead: see units.ts).
 * A unit the aligner is unsure of is marked for review: XLIFF 1.2 `state="needs-review-translation"`
 * and `approved="no"`; XLIFF 2.0 `state="initial"` with `subState="fbcoop:unsure"` (2.0 has no
 * review state; `initial` keeps a tool from taking it as done). Sure units are `translated`.
 * `diff` findings (options.findings) become notes on the unit holding their segment, with the
 * rule as category and the severity as priority; findings that point at no unit are notes on
 * the file. Each unit also notes the lines of both sides in the files as given.
 */
export function xliffDocument(alignment: Alignment, options: FormatOptions & { findings?: readonly Finding[]; xliffVersion?: XliffVersion }): string {
  const units = translationUnits(alignment, options.split ?? true);
  const { perUnit, rest } = placeFindings(alignment, units, options.findings ?? []);
  return options.xliffVersion === '1.2' ? xliff12(alignment, units, perUnit, rest, options) : xliff20(alignment, units, perUnit, rest);
}

interface Note {
  text: string;
  category: string;
  priority: string;
}

function lines(alignment: Alignment, u: TranslationUnit): Note {
  const s = lineSpan(alignment.source, dedupe(u.sourceSegments));
  const t = lineSpan(alignment.target, dedupe(u.targetSegments));
  return { text: `source lines ${s}, target lines ${t}; bead ${u.bead + 1}, score ${u.score.toFixed(2)}${u.origin === 'split' ? ', cut out of a merged bead' : u.origin === 'merged' ? ', a merged bead kept whole' : ''}`, category: 'fbcoop:location', priority: '10' };
}

function noteOf(f: Finding): Note {
  return { text: xmlSafe(`${f.rule} (${f.severity}): ${f.message}${f.note ? ` — ${f.note}` : ''}`), category: `fbcoop:${f.rule}`, priority: PRIORITY[f.severity] };
}

function dedupe(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}

/** Each finding on the first unit holding its source segment, else its target segment, else its lines. */
function placeFindings(alignment: Alignment, units: readonly TranslationUnit[], findings: readonly Finding[]): { perUnit: Note[][]; rest: Note[] } {
  const perUnit: Note[][] = units.map(() => []);
  const rest: Note[] = [];
  const bySegment = (side: 'source' | 'target') => {
    const map = new Map<string, number>();
    units.forEach((u, k) => {
      for (const i of side === 'source' ? u.sourceSegments : u.targetSegments) {
        const id = alignment[side].segments[i]?.id;
        if (id !== undefined && !map.has(id)) map.set(id, k);
      }
    });
    return map;
  };
  const src = bySegment('source');
  const tgt = bySegment('target');
  const byLine = (side: 'source' | 'target', line: number): number | undefined => {
    const k = units.findIndex((u) => (side === 'source' ? u.sourceSegments : u.targetSegments).some((i) => {
      const p = alignment[side].segments[i]?.position;
      return p !== undefined && p.start.line <= line && line <= p.end.line;
    }));
    return k < 0 ? undefined : k;
  };
  for (const f of findings) {
    let k: number | undefined;
    if (f.source?.segment) k = src.get(f.source.segment);
    if (k === undefined && f.target?.segment) k = tgt.get(f.target.segment);
    if (k === undefined && f.source && f.source.path === alignment.source.document.path) k = byLine('source', f.source.line);
    if (k === undefined && f.target && f.target.path === alignment.target.document.path) k = byLine('target', f.target.line);
    if (k === undefined) rest.push(noteOf(f));
    else perUnit[k].push(noteOf(f));
  }
  return { perUnit, rest };
}

function xliff20(alignment: Alignment, units: readonly TranslationUnit[], perUnit: Note[][], rest: Note[]): string {
  const note = (n: Note) => ({ [`${ATTR}category`]: n.category, [`${ATTR}priority`]: n.priority, '#text': n.text });
  const file: Record<string, unknown> = {
    [`${ATTR}id`]: 'f1',
    [`${ATTR}original`]: xmlSafe(alignment.source.document.path),
  };
  if (rest.length > 0) file.notes = { note: rest.map(note) };
  // A 2.0 <file> must hold at least one <unit> or <group> (xliff_core_2.0.xsd): when no bead
  // pairs two texts, an empty group keeps the file valid and the findings' notes readable.
  if (units.length === 0) file.group = { [`${ATTR}id`]: 'g1' };
  else file.unit = units.map((u, k) => ({
    [`${ATTR}id`]: `u${k + 1}`,
    notes: { note: [...perUnit[k], lines(alignment, u)].map(note) },
    segment: {
      [`${ATTR}id`]: `s${k + 1}`,
      [`${ATTR}state`]: u.sure ? 'translated' : 'initial',
      ...(u.sure ? {} : { [`${ATTR}subState`]: 'fbcoop:unsure' }),
      source: xmlSafe(u.source),
      target: xmlSafe(u.target),
    },
  }));
  return buildXml({
    xliff: {
      [`${ATTR}xmlns`]: 'urn:oasis:names:tc:xliff:document:2.0',
      [`${ATTR}version`]: '2.0',
      [`${ATTR}srcLang`]: alignment.source.lang || 'und',
      [`${ATTR}trgLang`]: alignment.target.lang || 'und',
      file,
    },
  });
}

function xliff12(alignment: Alignment, units: readonly TranslationUnit[], perUnit: Note[][], rest: Note[], options: FormatOptions): string {
  const srcLang = alignment.source.lang || 'und';
  const tgtLang = alignment.target.lang || 'und';
  const note = (n: Note) => ({ [`${ATTR}from`]: 'fbcoop', [`${ATTR}priority`]: n.priority, '#text': n.text });
  const header: Record<string, unknown> = {
    tool: { [`${ATTR}tool-id`]: 'fbcoop', [`${ATTR}tool-name`]: 'fbcoop', [`${ATTR}tool-version`]: options.toolVersion ?? 'unknown' },
  };
  if (rest.length > 0) header.note = rest.map(note);
  return buildXml({
    xliff: {
      [`${ATTR}version`]: '1.2',
      [`${ATTR}xmlns`]: 'urn:oasis:names:tc:xliff:document:1.2',
      file: {
        [`${ATTR}original`]: xmlSafe(alignment.source.document.path),
        [`${ATTR}source-language`]: srcLang,
        [`${ATTR}target-language`]: tgtLang,
        [`${ATTR}datatype`]: 'plaintext',
        header,
        body: units.length === 0 ? '' : {
          'trans-unit': units.map((u, k) => ({
            [`${ATTR}id`]: String(k + 1),
            [`${ATTR}approved`]: u.sure ? 'yes' : 'no',
            source: { [`${ATTR}xml:lang`]: srcLang, '#text': xmlSafe(u.source) },
            target: { [`${ATTR}xml:lang`]: tgtLang, [`${ATTR}state`]: u.sure ? 'translated' : 'needs-review-translation', '#text': xmlSafe(u.target) },
            note: [...perUnit[k], lines(alignment, u)].map(note),
          })),
        },
      },
    },
  });
}
