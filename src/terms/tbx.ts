/**
 * Glossaries as TBX: TBX-Basic as ISO 30042:2008 wrote it (`martif` › `termEntry` ›
 * `langSet` › `tig`/`ntig`) and TBX v3 core (ISO 30042:2019: `tbx` › `conceptEntry` ›
 * `langSec` › `termSec`, in DCA style with `termNote type="…"` or DCT style with
 * namespaced elements). A term's status comes from its `administrativeStatus` or
 * `normativeAuthorization` note.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FbcoopError } from '../errors.js';
import { languageOfLabel } from './language-code.js';
import type { Concept, Glossary, GlossaryTerm, TermStatus } from './types.js';

/** Elements that may repeat; always read as arrays. */
const REPEATED = new Set(['termEntry', 'conceptEntry', 'langSet', 'langSec', 'tig', 'ntig', 'termSec', 'termGrp', 'termNote', 'administrativeStatus', 'normativeAuthorization']);
/** Note types that carry a term's status. */
const STATUS_NOTES = new Set(['administrativeStatus', 'normativeAuthorization']);

type Node = Record<string, unknown>;

function fail(path: string, line: number, problem: string): never {
  throw new FbcoopError('E_GLOSSARY', `${path}: line ${line}: ${problem}`);
}

/**
 * A status value (`preferredTerm-admn-sts`, `deprecatedTerm`, `admitted`…) → our three statuses.
 * Values that rate a term as approved by some authority (standardized, legal, regulated) count as admitted.
 */
export function statusOf(value: string | undefined): TermStatus {
  const v = (value ?? '').toLowerCase();
  if (/deprecated|superseded|obsolete|forbidden|rejected|notrecommended/.test(v)) return 'forbidden';
  if (v.includes('preferred')) return 'preferred';
  return 'admitted';
}

/** Text of an element read raw (a stop node), without inline markup, entities decoded. */
function plainText(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : raw && typeof raw === 'object' ? String((raw as Node)['#text'] ?? '') : raw === undefined ? '' : String(raw);
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function list(node: unknown, key: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  return Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node];
}

/** The status notes of a term container (DCA `termNote type=…` or DCT elements), first found. */
function statusNote(container: Node): string | undefined {
  for (const note of list(container, 'termNote')) {
    if (STATUS_NOTES.has(String(note['@type'] ?? ''))) return plainText(note['#text'] ?? note);
  }
  for (const name of STATUS_NOTES) {
    const [el] = list(container, name);
    if (el !== undefined) return plainText(el);
  }
  return undefined;
}

/** Line of each `termEntry`/`conceptEntry` start tag, in document order. */
function entryLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(/<(?:[\w.-]+:)?(?:termEntry|conceptEntry)\b/g)) {
    for (let i = at; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    at = m.index;
    lines.push(line);
  }
  return lines;
}

/**
 * Parse a TBX glossary.
 * @param text the file's decoded text
 * @param path the file's path, named in every error
 * @throws FbcoopError E_GLOSSARY as `<path>: line <n>: <problem>` (malformed XML, not a termbase, a term without language…)
 */
export function parseTbx(text: string, path: string): Glossary {
  const valid = XMLValidator.validate(text);
  if (valid !== true) fail(path, valid.err.line, `not well-formed XML: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => REPEATED.has(name),
    stopNodes: ['*.term'],
  });
  const doc = parser.parse(text) as Node;
  const root = (doc.martif ?? doc.tbx) as Node | undefined;
  if (!root || typeof root !== 'object') fail(path, 1, 'not a TBX termbase (expected a <tbx> or <martif> root element)');
  const body = ((root.text as Node | undefined)?.body ?? {}) as Node;
  const entries = [...list(body, 'termEntry'), ...list(body, 'conceptEntry')];
  const lines = entryLines(text);
  if (entries.length === 0) fail(path, 1, 'no <termEntry> or <conceptEntry> in <text><body>: an empty termbase');
  const concepts: Concept[] = [];
  const languages = new Set<string>();
  const rootLang = languageOfLabel(String(root['@lang'] ?? ''));
  entries.forEach((entry, k) => {
    const line = lines[k] ?? 1;
    const terms: Record<string, GlossaryTerm[]> = {};
    for (const section of [...list(entry, 'langSet'), ...list(entry, 'langSec')]) {
      const label = section['@lang'];
      if (label === undefined) fail(path, line, `a ${'langSec' in entry ? 'langSec' : 'langSet'} without xml:lang (entry ${k + 1})`);
      const lang = languageOfLabel(String(label));
      if (!lang) fail(path, line, `xml:lang="${String(label)}" is not a language code (entry ${k + 1})`);
      void rootLang;
      const containers: Node[] = [...list(section, 'tig'), ...list(section, 'termSec')];
      for (const ntig of list(section, 'ntig')) {
        for (const grp of list(ntig, 'termGrp')) containers.push({ ...ntig, ...grp, termNote: [...list(ntig, 'termNote'), ...list(grp, 'termNote')] });
      }
      for (const c of containers) {
        if (c.term === undefined) fail(path, line, `a term section without <term> (entry ${k + 1}, ${lang})`);
        const termText = plainText(c.term);
        if (termText === '') fail(path, line, `an empty <term> (entry ${k + 1}, ${lang})`);
        (terms[lang] ??= []).push({ text: termText, status: statusOf(statusNote(c)) });
      }
    }
    if (Object.keys(terms).length === 0) return;
    for (const lang of Object.keys(terms)) languages.add(lang);
    concepts.push({ id: String(entry['@id'] ?? `entry ${k + 1}`), line, terms });
  });
  if (concepts.length === 0) fail(path, lines[0] ?? 1, 'no entry has any term');
  return { path, languages: [...languages].sort(), concepts };
}
