/**
 * Planting one divergence at a time into a copy of a target text. Each plant
 * says which rule must report it and where: the line of the planted target
 * and the lines of its counterpart in the source, taken from the alignment of
 * the unmodified pair (only where that pairing is sure and clean).
 */
import { endLineOf } from '../../../src/position.js';
import type { Bead, Finding, Segment, SegmentedDocument } from '../../../src/types.js';
import { CONNECTORS, NUMBER_WORDS, ORDINAL_WORDS, monthName, ordinalSuffix, otherWord } from './lexicon.js';
import { changeableWord, findDates, findNames, findNumbers, type DateSite, type NameSite, type NumberSite } from './sites.js';

/** The kinds of divergence planted, one at a time. */
export const KINDS = [
  'date-day', 'date-month', 'date-year',
  'number-digits', 'number-words', 'number-ordinal',
  'name-change', 'name-drop', 'acronym-change', 'acronym-drop',
  'bullet-drop', 'bullet-duplicate', 'bullet-merge',
  'sentence-drop', 'clause-drop', 'parenthetical-drop', 'untranslated',
  'damage-apostrophe', 'damage-fffd', 'damage-mojibake',
] as const;

/** One kind of planted divergence. */
export type Kind = (typeof KINDS)[number];

/** A replacement of `[start, end)` of the original target text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One planted divergence and what must report it. */
export interface Plant {
  kind: Kind;
  /** A sub-kind for the figures: the format planted (`grouped`, `fr`, …). */
  variant: string;
  /** What was changed, for messages: `27 février 2018 → 27 février 2019 (line 5)`. */
  describe: string;
  /** Non-overlapping edits of the target text, in offset order. */
  edits: Edit[];
  /** Rules any of which reports this divergence. */
  rules: readonly string[];
  /** The line of the planted target a finding must point at (start line exactly when `exact`, else within its range). */
  targetLine?: number;
  exact?: boolean;
  /** Lines of the source counterpart (first, last) a finding's source range must overlap; each range in the list must be met. */
  source?: [number, number][];
  /** Lines of the planted target around the plant: findings there are not collateral. */
  region: [number, number];
}

/** The unmodified pair: both documents segmented, the beads and the findings. */
export interface Base {
  source: SegmentedDocument;
  target: SegmentedDocument;
  beads: Bead[];
  findings: Finding[];
}

/** Apply edits to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Where an original offset lands after the edits. */
function mapOffset(offset: number, edits: readonly Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset) delta += e.text.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta;
  }
  return offset + delta;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Everything the plant builders need about the unmodified pair. */
class Pair {
  readonly text: string;
  readonly sourceText: string;
  readonly lang: string;
  readonly sourceLang: string;
  readonly crossLanguage: boolean;
  private readonly beadOf: Int32Array;
  constructor(readonly base: Base) {
    this.text = base.target.document.value;
    this.sourceText = base.source.document.value;
    this.lang = base.target.lang;
    this.sourceLang = base.source.lang;
    this.crossLanguage = this.lang !== this.sourceLang;
    this.beadOf = new Int32Array(base.target.segments.length).fill(-1);
    base.beads.forEach((b, i) => { for (const t of b.target) this.beadOf[t] = i; });
  }

  /** The target segment wholly containing `[start, end)`, if any. */
  segmentAt(start: number, end: number): Segment | undefined {
    return this.base.target.segments.find((s) => s.position.start.offset <= start && end <= s.position.end.offset);
  }

  /**
   * The source segments paired with a target segment, when the pairing is sure:
   * a bead with both sides, a score the aligner trusts, outside any unsure region.
   */
  counterpart(segment: Segment, oneToOne = false): number[] | undefined {
    const b = this.beadOf[segment.index];
    if (b < 0) return undefined;
    const bead = this.base.beads[b];
    if (bead.source.length === 0 || !bead.sure) return undefined;
    if (oneToOne && (bead.source.length !== 1 || bead.target.length !== 1)) return undefined;
    const lines = this.lines('target', [segment.index]);
    const unsure = this.base.findings.some((f) => f.rule === 'low-confidence' && f.target && f.target.line <= lines[1] && lines[0] <= f.target.endLine);
    return unsure ? undefined : bead.source;
  }

  /** First and last line of some segments of one side. */
  lines(side: 'source' | 'target', indices: readonly number[]): [number, number] {
    const doc = side === 'source' ? this.base.source : this.base.target;
    const first = doc.segments[indices[0]];
    const last = doc.segments[indices[indices.length - 1]];
    return [first.position.start.line, endLineOf({ start: first.position.start, end: last.position.end }, doc.document.lineStarts)];
  }

  /** The raw source text of some source segments, joined. */
  sourceRaw(indices: readonly number[]): string {
    return indices.map((i) => {
      const p = this.base.source.segments[i].position;
      return this.sourceText.slice(p.start.offset, p.end.offset);
    }).join(' ');
  }

  /** Whether the unmodified pair already has a finding of a rule on a target segment (the site is not clean). */
  hasFinding(rules: readonly string[], segment: Segment, minSeverity: 'info' | 'warning' = 'info'): boolean {
    const [a, b] = this.lines('target', [segment.index]);
    return this.base.findings.some((f) => rules.includes(f.rule) && (minSeverity === 'info' || f.severity !== 'info') &&
      f.target !== undefined && f.target.line <= b && a <= f.target.endLine);
  }

  /** A plant from edits: lines computed in the planted text. */
  plant(kind: Kind, variant: string, edits: Edit[], rules: readonly string[], where: { segments: Segment[]; at?: number; exact?: boolean; source?: [number, number][]; describe: string }): Plant {
    const planted = applyEdits(this.text, edits);
    const first = where.segments[0].position.start.offset;
    const last = where.segments[where.segments.length - 1].position.end.offset;
    const region: [number, number] = [lineAt(planted, mapOffset(first, edits)), lineAt(planted, mapOffset(last, edits))];
    const targetLine = where.at !== undefined ? lineAt(planted, mapOffset(where.at, edits)) : undefined;
    if (targetLine !== undefined) region[1] = Math.max(region[1], targetLine);
    return {
      kind, variant, edits, rules, targetLine, exact: where.exact, source: where.source, region,
      describe: `${where.describe}${targetLine !== undefined ? ` (target line ${targetLine})` : ''}`,
    };
  }
}

const pad = (n: number, like: string) => String(n).padStart(like.length, '0');

function dateCompatible(a: DateSite, b: DateSite, need: 'day' | 'month' | 'year'): boolean {
  if (b[need] === undefined) return false;
  for (const k of ['day', 'month', 'year'] as const) {
    if (a[k] && b[k] && a[k]!.value !== b[k]!.value) return false;
  }
  return !a.day2 || !b.day2 || a.day2.value === b.day2.value;
}

function datePlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  const sourceDates = new Map<string, DateSite[]>();
  for (const site of findDates(p.text, p.lang)) {
    const segment = p.segmentAt(site.start, site.end);
    if (!segment) continue;
    const counterpart = p.counterpart(segment);
    if (!counterpart || p.hasFinding(['date-mismatch'], segment)) continue;
    const key = counterpart.join(',');
    if (!sourceDates.has(key)) sourceDates.set(key, findDates(p.sourceRaw(counterpart), p.sourceLang));
    const theirs = sourceDates.get(key)!;
    const source = [p.lines('source', counterpart)];
    const add = (kind: Kind, need: 'day' | 'month' | 'year', edit: Edit) => {
      if (!theirs.some((d) => dateCompatible(site, d, need))) return;
      const variant = site.day2 ? 'range' : site.year && !site.month ? 'bare year' : site.month?.numeric ? 'numeric' : !site.year ? 'no year' : !site.day ? 'month-year' : site.day.suffix ? 'ordinal day' : 'full';
      // A date finding points at the whole date, which may start on the line before the changed part.
      out.push(p.plant(kind, variant, [edit], ['date-mismatch'], {
        segments: [segment], at: site.start, exact: true, source,
        describe: `${site.surface.replace(/\s+/g, ' ')}: "${p.text.slice(edit.start, edit.end)}" → "${edit.text}"`,
      }));
    };
    if (site.day) {
      const d = site.day;
      const n = site.day2 ? d.value - 1 : d.value < 28 ? d.value + 1 : d.value - 1;
      if (n >= 1) add('date-day', 'day', { start: d.start, end: d.end + (d.suffix?.length ?? 0), text: pad(n, p.text.slice(d.start, d.end)) + ordinalSuffix(n, d.suffix ?? '', p.lang) });
    }
    if (site.month) {
      const m = site.month;
      let n = m.value === 12 ? 11 : m.value + 1;
      if (n === 2 && (site.day?.value ?? 0) > 28) n = m.value - 1;
      const old = p.text.slice(m.start, m.end);
      add('date-month', 'month', { start: m.start, end: m.end, text: m.numeric ? pad(n, old) : monthName(n, p.lang, old) });
    }
    if (site.year) add('date-year', 'year', { start: site.year.start, end: site.year.end, text: String(site.year.value + 1) });
  }
  return out;
}

function numberKind(site: NumberSite): Kind {
  return site.form === 'word' ? 'number-words' : site.form === 'ordinal' || site.form === 'ordinal-word' ? 'number-ordinal' : 'number-digits';
}

function numberPlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  const sourceNumbers = new Map<string, Set<string>>();
  for (const site of findNumbers(p.text, p.lang)) {
    const segment = p.segmentAt(site.start, site.end);
    if (!segment) continue;
    const counterpart = p.counterpart(segment);
    if (!counterpart || p.hasFinding(['number-mismatch'], segment)) continue;
    const key = counterpart.join(',');
    if (!sourceNumbers.has(key)) sourceNumbers.set(key, new Set(findNumbers(p.sourceRaw(counterpart), p.sourceLang).map((n) => n.value)));
    if (!sourceNumbers.get(key)!.has(site.value)) continue;
    let edit: Edit | undefined;
    if (site.form === 'word') {
      const w = changeableWord(site, p.lang);
      const other = w && otherWord(NUMBER_WORDS[p.lang], w.value);
      if (w && other) edit = { start: w.start, end: w.end, text: w.word[0] === w.word[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other };
    } else if (site.form === 'ordinal-word') {
      const other = otherWord(ORDINAL_WORDS[p.lang], Number(site.value.slice(1)));
      if (other) edit = { start: site.start, end: site.end, text: other };
    } else if (site.form === 'ordinal') {
      const n = Number(site.value.slice(1));
      const digits = String(n);
      edit = { start: site.start, end: site.end, text: String(n + 1) + ordinalSuffix(n + 1, site.surface.slice(digits.length), p.lang) };
    } else {
      const c = site.surface[0];
      edit = { start: site.start, end: site.start + 1, text: c === '9' ? '8' : String(Number(c) + 1) };
    }
    if (!edit) continue;
    const variant = site.form === 'word' || site.form === 'ordinal-word' ? `${site.form} ${p.lang}` : site.form;
    out.push(p.plant(numberKind(site), variant, [edit], ['number-mismatch'], {
      segments: [segment], at: site.start, exact: true, source: [p.lines('source', counterpart)],
      describe: `"${site.surface}" → "${applyEdits(p.text, [edit]).slice(site.start, site.start + site.surface.length + edit.text.length - (edit.end - edit.start))}"`,
    }));
  }
  return out;
}

const VOWEL_SWAP: Record<string, string> = { a: 'o', e: 'a', i: 'e', o: 'a', u: 'o', y: 'i' };

/** Where a name or acronym stands in a list, the connector to take out with it. */
function dropSpan(text: string, site: NameSite): Edit | undefined {
  const before = text.slice(Math.max(0, site.start - 2), site.start);
  if (before.endsWith('(') && text[site.end] === ')') {
    const s = text[site.start - 2] === ' ' ? site.start - 2 : site.start - 1;
    return { start: s, end: site.end + 1, text: '' };
  }
  for (const c of CONNECTORS) {
    if (text.startsWith(c, site.end)) return { start: site.start, end: site.end + c.length, text: '' };
  }
  for (const c of CONNECTORS) {
    if (text.slice(site.start - c.length, site.start) === c) return { start: site.start - c.length, end: site.end, text: '' };
  }
  return undefined;
}

function namePlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  for (const site of findNames(p.text)) {
    const segment = p.segmentAt(site.start, site.end);
    if (!segment) continue;
    const counterpart = p.counterpart(segment);
    if (!counterpart || p.hasFinding(['name-mismatch'], segment, 'warning')) continue;
    const surface = norm(site.surface);
    const theirs = norm(p.sourceRaw(counterpart));
    // Only names the translation keeps as they are: those are the ones a reader can check.
    const at = theirs.indexOf(surface);
    if (at < 0 || /[\p{L}\p{N}]/u.test(theirs[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(theirs[at + surface.length] ?? ' ')) continue;
    const source = [p.lines('source', counterpart)];
    const person = site.form === 'person';
    let change: Edit;
    if (person) {
      const lastWord = site.start + site.surface.lastIndexOf(' ') + 1;
      const word = p.text.slice(lastWord, site.end);
      const v = [...word].findLastIndex((ch, i) => i > 0 && VOWEL_SWAP[ch] !== undefined);
      if (v < 0) continue;
      change = { start: lastWord + v, end: lastWord + v + 1, text: VOWEL_SWAP[word[v]] };
    } else {
      const k = site.surface.endsWith('s') ? site.surface.length - 2 : site.surface.length - 1;
      const letter = site.surface[k];
      const next = letter === 'Z' ? 'A' : String.fromCharCode(letter.charCodeAt(0) + 1);
      change = { start: site.start + k, end: site.start + k + 1, text: next };
    }
    const changed = applyEdits(p.text, [change]).slice(site.start, site.end);
    out.push(p.plant(person ? 'name-change' : 'acronym-change', p.crossLanguage ? 'cross-language' : 'same language', [change], ['name-mismatch'], {
      segments: [segment], at: site.start, exact: true, source, describe: `"${site.surface}" → "${changed}"`,
    }));
    const drop = dropSpan(p.text, site);
    if (drop) {
      out.push(p.plant(person ? 'name-drop' : 'acronym-drop', p.crossLanguage ? 'cross-language' : 'same language', [drop], ['name-mismatch'], {
        segments: [segment], source, describe: `"${p.text.slice(drop.start, drop.end)}" removed from line ${segment.position.start.line}`,
      }));
    }
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n < 0 ? text.length : n + 1;
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Share of words two texts have in common (Jaccard of their word sets). */
function overlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wb = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, wa.size + wb.size - shared);
}

/** Above this word overlap two items repeat each other: dropping one leaves the other standing for both. */
const REPEATED_ITEM = 0.5;

function itemPlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  const segments = p.base.target.segments;
  const text = p.text;
  const items = segments.filter((s) => s.kind === 'item');
  const repeated = (s: Segment) => items.some((o) => o !== s && overlap(o.text, s.text) >= REPEATED_ITEM);
  for (const item of segments) {
    if (item.kind !== 'item' || repeated(item)) continue;
    const counterpart = p.counterpart(item, true);
    if (!counterpart) continue;
    const source = [p.lines('source', counterpart)];
    const from = lineStart(text, item.position.start.offset);
    let to = lineEnd(text, item.position.end.offset - 1);
    const blankAfter = /^[ \t\u00a0]*(?:\n|$)/.test(text.slice(to)) && to < text.length;
    const blankBefore = from > 0 && /\n[ \t\u00a0]*\n$/.test(text.slice(0, from));
    // Taking out a paragraph set off by blank lines takes one of them with it.
    const drop: Edit = { start: from, end: blankAfter && blankBefore ? lineEnd(text, to) : to, text: '' };
    if (!p.hasFinding(['omission', 'merge', 'split'], item)) {
      out.push(p.plant('bullet-drop', item.kind, [drop], ['omission'], { segments: [item], source, describe: `item on line ${item.position.start.line} removed` }));
    }
    if (wordCount(item.text) >= 10 && !p.hasFinding(['duplicate'], item)) {
      let lines = text.slice(from, to);
      if (!lines.endsWith('\n')) lines += '\n';
      const at = blankAfter ? lineEnd(text, to) : to;
      const insert = blankAfter ? `${lines}\n` : lines;
      const edit: Edit = to === text.length && !text.endsWith('\n') ? { start: to, end: to, text: `\n${lines.trimEnd()}` } : { start: at, end: at, text: insert };
      const planted = applyEdits(text, [edit]);
      const copyLine = lineAt(planted, edit.start + (edit.text.startsWith('\n') ? 1 : 0));
      const plant = p.plant('bullet-duplicate', 'after itself', [edit], ['duplicate'], { segments: [item], describe: `item on line ${item.position.start.line} repeated on line ${copyLine}` });
      plant.targetLine = copyLine;
      plant.region = [item.position.start.line, copyLine + (plant.region[1] - plant.region[0])];
      out.push(plant);
    }
    const next = segments[item.index + 1];
    if (next?.kind === 'item' && !repeated(next)) {
      const theirs = p.counterpart(next, true);
      if (theirs && theirs[0] !== counterpart[0] && !p.hasFinding(['merge', 'split'], item) && !p.hasFinding(['merge', 'split'], next)) {
        const edit: Edit = { start: item.position.end.offset, end: next.position.start.offset, text: ' ' };
        out.push(p.plant('bullet-merge', 'consecutive items', [edit], ['merge'], {
          segments: [item], at: item.position.start.offset, source: [source[0], p.lines('source', theirs)],
          describe: `items on lines ${item.position.start.line} and ${next.position.start.line} merged`,
        }));
      }
    }
  }
  return out;
}

function sentencePlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  const segments = p.base.target.segments;
  const text = p.text;
  const sameParagraph = (a: Segment, b: Segment) => !/\n[ \t\u00a0]*\n/.test(text.slice(a.position.end.offset, b.position.start.offset));
  for (const s of segments) {
    if (s.kind !== 'sentence') continue;
    const prev = segments[s.index - 1];
    const next = segments[s.index + 1];
    const withNext = next?.kind === 'sentence' && sameParagraph(s, next);
    const withPrev = prev?.kind === 'sentence' && sameParagraph(prev, s);
    if (!withNext && !withPrev) continue;
    const counterpart = p.counterpart(s, true);
    if (!counterpart || p.hasFinding(['omission', 'merge', 'split'], s)) continue;
    const edit: Edit = withNext
      ? { start: s.position.start.offset, end: next.position.start.offset, text: '' }
      : { start: prev.position.end.offset, end: s.position.end.offset, text: '' };
    out.push(p.plant('sentence-drop', withNext ? 'before another' : 'last of its paragraph', [edit], ['omission'], {
      segments: [s], source: [p.lines('source', counterpart)], describe: `sentence on line ${s.position.start.line} removed: "${s.text.slice(0, 40)}…"`,
    }));
  }
  return out;
}

/** A clause between commas worth dropping: this many words at least, and no figure or date (the value rules would see those). */
const CLAUSE_MIN_WORDS = 6;

/**
 * A clause dropped from inside a translated sentence (`, …,` between commas, or from the last comma to the
 * full stop), across languages only: the partial-divergence check must find what the source has in excess.
 */
function clausePlants(p: Pair): Plant[] {
  if (!p.crossLanguage) return [];
  const out: Plant[] = [];
  for (const s of p.base.target.segments) {
    if (s.kind !== 'sentence' && s.kind !== 'item') continue;
    const counterpart = p.counterpart(s, true);
    if (!counterpart || p.hasFinding(['omission', 'merge', 'split'], s)) continue;
    const start = s.position.start.offset;
    const raw = p.text.slice(start, s.position.end.offset);
    // The longest clause between two commas, or after the last comma up to the end.
    let best: [number, number] | undefined;
    for (const m of raw.matchAll(/, ([^,;:()\d]+?)(?=,|[.;]?$)/gu)) {
      const words = m[1].trim().split(/\s+/).length;
      if (words < CLAUSE_MIN_WORDS || /\n\s*\n/.test(m[1])) continue;
      if (!best || m[0].length > best[1] - best[0]) best = [m.index, m.index + m[0].length];
    }
    if (!best) continue;
    out.push(p.plant('clause-drop', 'between commas', [{ start: start + best[0], end: start + best[1], text: '' }], ['omission'], {
      segments: [s], at: start + best[0], source: [p.lines('source', counterpart)], describe: `clause "${raw.slice(best[0] + 2, best[0] + 42)}…" removed from line ${s.position.start.line}`,
    }));
  }
  return out;
}

function parentheticalPlants(p: Pair): Plant[] {
  const out: Plant[] = [];
  for (const m of p.text.matchAll(/\s?\(([^()]*\d[^()]*)\)/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    const segment = p.segmentAt(start + (m[0].startsWith('(') ? 0 : 1), end);
    if (!segment) continue;
    const counterpart = p.counterpart(segment);
    if (!counterpart || p.hasFinding(['omission', 'number-mismatch', 'date-mismatch'], segment)) continue;
    const figures = findNumbers(m[1], p.lang).map((n) => n.value);
    const theirs = new Set(findNumbers(p.sourceRaw(counterpart), p.sourceLang).map((n) => n.value));
    if (figures.length === 0 || !figures.every((f) => theirs.has(f))) continue;
    out.push(p.plant('parenthetical-drop', 'with figures', [{ start, end, text: '' }], ['omission'], {
      segments: [segment], at: start, source: [p.lines('source', counterpart)], describe: `"${m[0].trim()}" removed`,
    }));
  }
  return out;
}

function untranslatedPlants(p: Pair): Plant[] {
  if (!p.crossLanguage) return [];
  const out: Plant[] = [];
  for (const s of p.base.target.segments) {
    if (s.kind !== 'sentence' && s.kind !== 'item') continue;
    const counterpart = p.counterpart(s, true);
    if (!counterpart || p.hasFinding(['untranslated'], s)) continue;
    const original = p.base.source.segments[counterpart[0]].text;
    if (original.length < 60 || (original.match(/(?<![\p{L}])\p{Ll}+/gu)?.length ?? 0) < 8) continue;
    out.push(p.plant('untranslated', `${p.sourceLang} in ${p.lang}`, [{ start: s.position.start.offset, end: s.position.end.offset, text: original }], ['untranslated'], {
      segments: [s], at: s.position.start.offset, source: [p.lines('source', counterpart)], describe: `line ${s.position.start.line} replaced by the source's "${original.slice(0, 40)}…"`,
    }));
  }
  return out;
}

const cp1252 = new TextDecoder('windows-1252');

function damagePlants(p: Pair): Plant[] {
  // The encoding rule sums up damage per kind: a plant is seen only where the file had none.
  if (p.base.target.repairs.length > 0) return [];
  const out: Plant[] = [];
  const add = (kind: Kind, variant: string, edit: Edit, segment: Segment) => {
    out.push(p.plant(kind, variant, [edit], ['encoding'], {
      segments: [segment], at: edit.start, exact: true, describe: `"${p.text.slice(edit.start - 3, edit.end + 3)}" damaged to "${edit.text}"`,
    }));
  };
  for (const segment of p.base.target.segments) {
    const { start, end } = { start: segment.position.start.offset, end: segment.position.end.offset };
    const raw = p.text.slice(start, end);
    const apostrophe = /\p{L}(['’])\p{L}/u.exec(raw);
    if (apostrophe) add('damage-apostrophe', apostrophe[1] === '’' ? 'typographic' : 'straight', { start: start + apostrophe.index + 1, end: start + apostrophe.index + 2, text: '?' }, segment);
    const accented = /[\p{L}’](?<=[^\u0000-\u007f])/u.exec(raw);
    if (accented) {
      add('damage-fffd', accented[0] === '’' ? 'apostrophe' : 'letter', { start: start + accented.index, end: start + accented.index + 1, text: '\ufffd' }, segment);
      const bytes = new TextEncoder().encode(accented[0]);
      add('damage-mojibake', accented[0], { start: start + accented.index, end: start + accented.index + 1, text: cp1252.decode(bytes) }, segment);
    }
  }
  return out;
}

/** Every plant of every kind the target allows, in a stable order. */
export function plantsFor(base: Base): Plant[] {
  const p = new Pair(base);
  return [
    ...datePlants(p), ...numberPlants(p), ...namePlants(p), ...itemPlants(p),
    ...sentencePlants(p), ...clausePlants(p), ...parentheticalPlants(p), ...untranslatedPlants(p), ...damagePlants(p),
  ];
}
