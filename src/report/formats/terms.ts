/**
 * `terms --format text|csv|tbx`: term candidates as a readable list, as a CSV
 * glossary (header of languages, which `--glossary` reads back) or as TBX-Basic
 * (`martif`, ISO 30042:2008, read by CAT tools and translate-toolkit).
 */
import type { Location } from '../../types.js';
import type { TermCandidate } from '../../terms/extract.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';

/** Formats of `fbcoop terms`. */
export type TermsFormat = 'text' | 'csv' | 'tbx';

/** Most positions listed per candidate in the text format (all of them go to CSV and TBX). */
const TEXT_POSITIONS = 3;

function where(l: Location): string {
  return `${l.path}:${l.line}:${l.column ?? 1}`;
}

function csvCell(value: string): string {
  return /[",\r\n|]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One cell of a language column: the term, then its acronym as a synonym. */
function cell(term: string, acronym: string | undefined): string {
  return acronym ? `${term}|${acronym}` : term;
}

/**
 * Term candidates in a format.
 * @param candidates what `extractCandidates`/`mergeCandidates` gave
 */
export function formatTerms(candidates: readonly TermCandidate[], format: TermsFormat): string {
  if (format === 'csv') return termsCsv(candidates);
  if (format === 'tbx') return termsTbx(candidates);
  return termsText(candidates);
}

function termsText(candidates: readonly TermCandidate[]): string {
  if (candidates.length === 0) return 'No term candidates found (acronyms defined in parentheses, or phrases recurring in aligned segments).\n';
  const lines: string[] = [];
  for (const c of candidates) {
    const src = c.sourceAcronym ? `${c.source} (${c.sourceAcronym})` : c.source;
    const tgt = c.targetAcronym ? `${c.target} (${c.targetAcronym})` : c.target;
    lines.push(`${c.sourceLanguage} ${src}  →  ${c.targetLanguage} ${tgt}`);
    const more = (list: Location[]) => list.slice(0, TEXT_POSITIONS).map(where).join(', ') + (list.length > TEXT_POSITIONS ? `, … (${list.length - TEXT_POSITIONS} more)` : '');
    const versions = new Set(c.targetPositions.map((p) => p.path)).size;
    lines.push(`    ${c.kind}, ${c.count} use${c.count === 1 ? '' : 's'} in the source; rendered so ${c.together} time${c.together === 1 ? '' : 's'}${versions > 1 ? `, in ${versions} versions` : ''}`);
    lines.push(`    source: ${more(c.sourcePositions)}`);
    lines.push(`    target: ${more(c.targetPositions)}`);
  }
  lines.push('', `${candidates.length} candidate${candidates.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

/**
 * CSV with one column per language and the descriptive columns the glossary reader skips;
 * rows of different language pairs leave the other languages' cells empty.
 */
function termsCsv(candidates: readonly TermCandidate[]): string {
  const langs: string[] = [];
  for (const c of candidates) for (const l of [c.sourceLanguage, c.targetLanguage]) if (!langs.includes(l)) langs.push(l);
  if (langs.length < 2) langs.push(...['fr', 'en'].filter((l) => !langs.includes(l)).slice(0, 2 - langs.length));
  const rows = [[...langs, 'kind', 'count', 'positions'].join(',')];
  for (const c of candidates) {
    const cells = langs.map((l) => (l === c.sourceLanguage ? cell(c.source, c.sourceAcronym) : l === c.targetLanguage ? cell(c.target, c.targetAcronym) : ''));
    const positions = [...c.sourcePositions, ...c.targetPositions].map(where).join(' ');
    rows.push([...cells.map(csvCell), c.kind, String(c.count), csvCell(positions)].join(','));
  }
  return `${rows.join('\n')}\n`;
}

function tig(term: string, extra?: Record<string, unknown>): Record<string, unknown> {
  return { term: xmlSafe(term), ...(extra ?? {}) };
}

function termsTbx(candidates: readonly TermCandidate[]): string {
  const sourceLang = candidates[0]?.sourceLanguage ?? 'und';
  const entries = candidates.map((c, i) => {
    // TBX-Basic wants a langSet's notes before its terms.
    const langSet = (lang: string, term: string, acronym: string | undefined, places: Location[]) => ({
      [`${ATTR}xml:lang`]: lang,
      note: xmlSafe(places.map(where).join(' ')),
      tig: [
        tig(term, { termNote: { [`${ATTR}type`]: 'administrativeStatus', '#text': 'admittedTerm-admn-sts' } }),
        ...(acronym ? [tig(acronym, { termNote: [{ [`${ATTR}type`]: 'termType', '#text': 'acronym' }, { [`${ATTR}type`]: 'administrativeStatus', '#text': 'admittedTerm-admn-sts' }] })] : []),
      ],
    });
    return {
      [`${ATTR}id`]: `c${i + 1}`,
      note: `fbcoop candidate: ${c.kind}, ${c.count} use${c.count === 1 ? '' : 's'} in the source; rendered so ${c.together} time${c.together === 1 ? '' : 's'}`,
      langSet: [
        langSet(c.sourceLanguage, c.source, c.sourceAcronym, c.sourcePositions),
        langSet(c.targetLanguage, c.target, c.targetAcronym, c.targetPositions),
      ],
    };
  });
  return buildXml({
    martif: {
      [`${ATTR}type`]: 'TBX-Basic',
      [`${ATTR}xml:lang`]: sourceLang,
      martifHeader: { fileDesc: { sourceDesc: { p: 'Term candidates extracted by fbcoop terms from aligned versions' } } },
      text: { body: { termEntry: entries } },
    },
  });
}
