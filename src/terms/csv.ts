/**
 * Glossaries as CSV or TSV: a header row naming the languages (`fr,en,nl,de`),
 * then one concept a row; several terms in a cell are separated by `|`. The
 * first term of a cell is the preferred one, the others admitted; a term
 * written `!term` is forbidden. Columns named `id`, `note`, `kind`, `count`…
 * (see `META_COLUMNS`) are kept out of the terms, so `fbcoop terms --format csv`
 * reads back.
 */
import { FbcoopError } from '../errors.js';
import { languageOfLabel } from './language-code.js';
import type { Concept, Glossary, GlossaryTerm } from './types.js';

/** Header names that are not languages: descriptive columns a glossary may carry (and `terms --format csv` writes). */
export const META_COLUMNS: ReadonlySet<string> = new Set([
  'id', 'note', 'notes', 'comment', 'comments', 'definition', 'domain', 'subject', 'kind', 'count', 'counts', 'positions', 'status',
]);

/** Marks a forbidden (deprecated) term in a cell. */
const FORBIDDEN_MARK = '!';

interface Row {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

function fail(path: string, line: number, problem: string): never {
  throw new FbcoopError('E_GLOSSARY', `${path}: line ${line}: ${problem}`);
}

/**
 * Split delimited text into rows (RFC 4180 quoting: `"a, b"`, `""` for a quote; a quoted cell may span lines).
 * @throws FbcoopError E_GLOSSARY for an unclosed quote
 */
function rows(text: string, delimiter: string, path: string): Row[] {
  const out: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') out.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
      i++;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) fail(path, quoteLine, 'a quoted cell is never closed (missing ")');
  if (cell !== '' || cells.length > 0) endRow();
  return out;
}

/** The delimiter the header row uses: a tab, else `;` when it has no comma, else a comma. */
function delimiterOf(header: string): string {
  if (header.includes('\t')) return '\t';
  if (header.includes(';') && !header.includes(',')) return ';';
  return ',';
}

/** The terms of one cell: `|`-separated, first preferred, `!` forbidden. */
function cellTerms(cell: string, path: string, line: number, column: string): GlossaryTerm[] {
  const trimmed = cell.trim();
  if (trimmed === '') return [];
  const terms: GlossaryTerm[] = [];
  for (const part of trimmed.split('|')) {
    let text = part.trim();
    const forbidden = text.startsWith(FORBIDDEN_MARK);
    if (forbidden) text = text.slice(FORBIDDEN_MARK.length).trim();
    if (text === '') fail(path, line, `column ${column}: an empty term (two "|" in a row, or a "|" or "!" with no term)`);
    const approvedSoFar = terms.some((t) => t.status !== 'forbidden');
    terms.push({ text, status: forbidden ? 'forbidden' : approvedSoFar ? 'admitted' : 'preferred' });
  }
  return terms;
}

/**
 * Parse a CSV or TSV glossary.
 * @param text the file's decoded text
 * @param path the file's path, named in every error
 * @throws FbcoopError E_GLOSSARY as `<path>: line <n>: <problem>`
 */
export function parseDelimitedGlossary(text: string, path: string): Glossary {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const delimiter = delimiterOf(firstLine);
  const table = rows(text.replace(/^\uFEFF/, ''), delimiter, path);
  if (table.length === 0) fail(path, 1, 'empty glossary: expected a header row naming the languages, such as fr,en,nl');
  const header = table[0];
  const columns: (string | null)[] = [];
  const seen = new Set<string>();
  header.cells.forEach((label, k) => {
    const name = label.trim();
    if (META_COLUMNS.has(name.toLowerCase())) {
      columns.push(null);
      return;
    }
    const lang = languageOfLabel(name);
    if (!lang) fail(path, header.line, `header column ${k + 1} "${name}" is not a language code (expected a header such as fr,en,nl,de)`);
    if (seen.has(lang)) fail(path, header.line, `header: language "${lang}" appears twice`);
    seen.add(lang);
    columns.push(lang);
  });
  if (seen.size < 2) fail(path, header.line, `header names ${seen.size} language${seen.size === 1 ? '' : 's'}: a glossary needs at least two (such as fr,en)`);
  const concepts: Concept[] = [];
  for (const row of table.slice(1)) {
    if (row.cells.length > columns.length) fail(path, row.line, `${row.cells.length} cells but the header has ${columns.length} columns (a term with a "${delimiter === '\t' ? 'tab' : delimiter}" in it must be quoted)`);
    const terms: Record<string, GlossaryTerm[]> = {};
    row.cells.forEach((cell, k) => {
      const lang = columns[k];
      if (!lang) return;
      const list = cellTerms(cell, path, row.line, lang);
      if (list.length > 0) terms[lang] = list;
    });
    if (Object.keys(terms).length === 0) fail(path, row.line, 'a row with no term in any language');
    for (const [lang, list] of Object.entries(terms)) {
      if (!list.some((t) => t.status !== 'forbidden') && Object.keys(terms).length === 1) fail(path, row.line, `only forbidden terms (${lang}) and no other language`);
    }
    concepts.push({ id: `row ${row.line}`, line: row.line, terms });
  }
  return { path, languages: [...seen].sort(), concepts };
}
