/**
 * Where the planter can change a value: dates, figures, ranks, names and
 * acronyms found in a raw text with the planter's own patterns (not the
 * anchors module's), with their values so a counterpart can be checked.
 */
import { MONTHS, NUMBER_WORDS, ORDINAL_SUFFIX, ORDINAL_WORDS, monthOf } from './lexicon.js';

/** A span of the raw text with a numeric value. */
export interface Part {
  start: number;
  end: number;
  value: number;
  /** The ordinal suffix written after a day (`er`, `th`, `e`), or ''. */
  suffix?: string;
  /** For a month: written in digits. */
  numeric?: boolean;
}

/** A date as written: its parts where the text has them. */
export interface DateSite {
  start: number;
  end: number;
  surface: string;
  day?: Part;
  /** The second day of a range (`25-26 avril`). */
  day2?: Part;
  month?: Part;
  year?: Part;
}

/** A figure as written: digits (any locale format), an ordinal, or a number word. */
export interface NumberSite {
  start: number;
  end: number;
  surface: string;
  /** The comparable value (`1250`, `3.5`; ranks as `#3`). */
  value: string;
  form: 'digits' | 'grouped' | 'decimal' | 'percent' | 'ordinal' | 'word' | 'ordinal-word';
}

/** A name or acronym as written. */
export interface NameSite {
  start: number;
  end: number;
  surface: string;
  form: 'person' | 'acronym';
}

const L = '\\p{L}';
const DAY = `(\\d{1,2})(${ORDINAL_SUFFIX})?`;

function monthAlternation(lang: string): string {
  const names = MONTHS[lang] ?? [];
  return names.map((m) => m.toLowerCase()).sort((a, b) => b.length - a.length).join('|');
}

/** Mark spans as taken, so later patterns do not reread them. */
class Taken {
  private readonly spans: [number, number][] = [];
  overlaps(s: number, e: number): boolean {
    return this.spans.some(([a, b]) => s < b && a < e);
  }
  add(s: number, e: number): void {
    this.spans.push([s, e]);
  }
}

function part(m: RegExpExecArray, group: number, value: number, extra: Partial<Part> = {}): Part {
  const text = m[group];
  const at = m.index + indexOfGroup(m, group);
  return { start: at, end: at + text.length, value, ...extra };
}

/** Offset of a capture group inside the match (groups used here never repeat text before them). */
function indexOfGroup(m: RegExpExecArray, group: number): number {
  const d = (m as RegExpExecArray & { indices?: [number, number][] }).indices;
  if (!d) throw new Error('regex needs the d flag');
  return d[group][0] - m.index;
}

/**
 * The dates written in a text: `27 février 2018`, `1er mars`, `25-26 avril 2018`,
 * `juin 2018`, `June 11th, 2018`, `11th of October`, `1e maart`, `11/06/2018`,
 * `2018-03-15`, and bare years.
 * @param text the raw text
 * @param lang `en`, `fr` or `nl`
 */
export function findDates(text: string, lang: string): DateSite[] {
  const months = monthAlternation(lang);
  const out: DateSite[] = [];
  const taken = new Taken();
  const add = (site: DateSite) => {
    if (taken.overlaps(site.start, site.end)) return;
    taken.add(site.start, site.end);
    out.push(site);
  };
  const site = (m: RegExpExecArray, parts: Partial<DateSite>): DateSite => ({ start: m.index, end: m.index + m[0].length, surface: m[0], ...parts });
  for (const m of text.matchAll(/(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d])/dgu)) {
    add(site(m, { year: part(m, 1, +m[1]), month: part(m, 2, +m[2], { numeric: true }), day: part(m, 3, +m[3]) }));
  }
  for (const m of text.matchAll(/(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/dgu)) {
    add(site(m, { day: part(m, 1, +m[1]), month: part(m, 3, +m[3], { numeric: true }), year: part(m, 4, +m[4]) }));
  }
  const dayFirst = new RegExp(`(?<![\\d.,])${DAY}(?:\\s*[-–]\\s*${DAY})?\\s+(?:of\\s+)?(${months})(?![${L}])(?:,?\\s+(\\d{4})(?!\\d))?`, 'dgiu');
  for (const m of text.matchAll(dayFirst)) {
    const day = part(m, 1, +m[1], { suffix: m[2] ?? '' });
    const day2 = m[3] ? part(m, 3, +m[3], { suffix: m[4] ?? '' }) : undefined;
    add(site(m, { day, day2, month: part(m, 5, monthOf(m[5], lang)), year: m[6] ? part(m, 6, +m[6]) : undefined }));
  }
  if (lang === 'en') {
    const monthFirst = new RegExp(`(?<![${L}])(${months})\\s+${DAY}(?![\\d${L}])(?:,?\\s+(\\d{4})(?!\\d))?`, 'dgiu');
    for (const m of text.matchAll(monthFirst)) {
      if (m[1][0] === m[1][0].toLowerCase()) continue;
      add(site(m, { month: part(m, 1, monthOf(m[1], lang)), day: part(m, 2, +m[2], { suffix: m[3] ?? '' }), year: m[4] ? part(m, 4, +m[4]) : undefined }));
    }
  }
  const monthYear = new RegExp(`(?<![${L}])(${months})\\s+(\\d{4})(?!\\d)`, 'dgiu');
  for (const m of text.matchAll(monthYear)) add(site(m, { month: part(m, 1, monthOf(m[1], lang)), year: part(m, 2, +m[2]) }));
  for (const m of text.matchAll(/(?<![\d.,/\-\p{L}])((?:19|20)\d\d)(?![\d\p{L}]|[.,/]\d)/dgu)) add(site(m, { year: part(m, 1, +m[1]) }));
  return out.sort((a, b) => a.start - b.start);
}

/** Read a figure written in digits the way a reader of the language would (`1,250` en, `1.250` nl, `1 250` fr). */
export function digitValue(raw: string, lang: string): string {
  let s = raw.replace(/[ \u00a0\u202f]/g, '');
  s = lang === 'en' ? s.replace(/,/g, '') : s.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.');
  return String(Number(s));
}

/**
 * The figures written in a text (outside its dates): digits in the locale's
 * format, ranks (`3rd`, `3e`, `1re`), and number words of the language.
 * Labels at the start of a line, clock times, phone numbers and digits glued
 * to words (`COVID-19`) are not figures.
 */
export function findNumbers(text: string, lang: string, dates: readonly DateSite[] = findDates(text, lang)): NumberSite[] {
  const out: NumberSite[] = [];
  const taken = new Taken();
  for (const d of dates) taken.add(d.start, d.end);
  for (const m of text.matchAll(/\+\d[\d ()./-]{6,}\d/gu)) taken.add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(/(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)(?=\s*(?:uur|u\b|h\b|tot|to|à|-|–|\.|,|\s))/gu)) {
    if (/[:h]/.test(m[0]) || /^\s*(?:uur|u\b|tot)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) || /(?:van|tot)\s*$/.test(text.slice(Math.max(0, m.index - 5), m.index))) taken.add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/^[ \t\-–•]*\(?\d{1,2}(?:\.\d{1,2})*[.)\-–](?=\s)/gmu)) taken.add(m.index, m.index + m[0].length);
  const ordinal = new RegExp(`(?<![\\d${L}.,/-])(\\d{1,3})(${ORDINAL_SUFFIX})(?![${L}\\d])`, 'gu');
  for (const m of text.matchAll(ordinal)) {
    if (taken.overlaps(m.index, m.index + m[0].length)) continue;
    taken.add(m.index, m.index + m[0].length);
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: `#${Number(m[1])}`, form: 'ordinal' });
  }
  const figure = /(?<![\d\p{L}.,/:\-_+])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,2}|\d+)(?![\d\p{L}]|[.,/:-]\d|-\p{L})(\s?%)?/gu;
  for (const m of text.matchAll(figure)) {
    const end = m.index + m[0].length;
    if (taken.overlaps(m.index, end)) continue;
    const raw = m[1];
    const form: NumberSite['form'] = m[2] ? 'percent' : /[ \u00a0\u202f]|^\d{1,3}[.,]\d{3}(?:[.,]\d{3})*$/.test(raw) && digitValue(raw, lang).length > 3 ? 'grouped' : /[.,]/.test(raw) ? 'decimal' : 'digits';
    taken.add(m.index, end);
    out.push({ start: m.index, end, surface: m[0], value: digitValue(raw, lang) + (m[2] ? '%' : ''), form });
  }
  const words = NUMBER_WORDS[lang] ?? {};
  const ranks = ORDINAL_WORDS[lang] ?? {};
  for (const m of text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    if (taken.overlaps(m.index, m.index + m[0].length)) continue;
    const w = m[0].toLowerCase();
    if (ranks[w] !== undefined) {
      out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: `#${ranks[w]}`, form: 'ordinal-word' });
      continue;
    }
    const value = wordValue(w, words, lang);
    if (value === undefined) continue;
    // `pour cent` and `per cent` are percent signs, not a hundred; `neuf` is also "new".
    const before = text.slice(Math.max(0, m.index - 5), m.index).toLowerCase();
    if ((w === 'cent' && /(?:pour|per) $/.test(before)) || w === 'neuf') continue;
    const next = /^\s+([\p{L}]+)/u.exec(text.slice(m.index + m[0].length));
    const times = next && ['hundred', 'cent', 'cents', 'honderd'].includes(next[1].toLowerCase()) ? 100 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], value: String(value * times), form: 'word' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The value of a number word: a table word, a hyphenated compound (`forty-two`), a Dutch compound (`tweehonderd`). */
function wordValue(w: string, words: Record<string, number>, lang: string): number | undefined {
  if (words[w] !== undefined) return words[w];
  const parts = w.split('-');
  if (parts.length > 1 && parts.every((p) => words[p] !== undefined || p === 'et')) {
    return parts.reduce((sum, p) => (p === 'et' ? sum : words[p] === 100 ? Math.max(1, sum) * 100 : sum + words[p]), 0);
  }
  if (lang === 'nl') {
    for (const [unit, v] of Object.entries(words)) {
      if (v < 10 && w.startsWith(unit) && words[w.slice(unit.length)] === 100) return v * 100;
    }
  }
  return undefined;
}

/** The span of the number word inside a site to change (the unit of `forty-two`, the prefix of `tweehonderd`), and its value. */
export function changeableWord(site: NumberSite, lang: string): { start: number; end: number; word: string; value: number } | undefined {
  const words = NUMBER_WORDS[lang] ?? {};
  const w = site.surface;
  const parts = w.split('-');
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    const v = words[last.toLowerCase()];
    return v === undefined ? undefined : { start: site.end - last.length, end: site.end, word: last, value: v };
  }
  if (words[w.toLowerCase()] !== undefined) return { start: site.start, end: site.end, word: w, value: words[w.toLowerCase()] };
  for (const [unit, v] of Object.entries(words)) {
    if (v < 10 && w.toLowerCase().startsWith(unit)) return { start: site.start, end: site.start + unit.length, word: w.slice(0, unit.length), value: v };
  }
  return undefined;
}

/** Capitalised words that open sentences or titles rather than names. */
const NOT_NAMES = new Set(['The', 'Les', 'Le', 'La', 'De', 'Het', 'Een', 'In', 'En', 'On', 'Op', 'A', 'An', 'Un', 'Une', 'Ils', 'They', 'We', 'Nous', 'Ze', 'Il', 'It', 'This', 'Cette', 'Deze', 'Dit']);

/** Words of titles and institutions, which make a capitalised phrase something other than a person's name. */
const TITLES = /^(?:Minist|Premi|Prime|President|Présid|Secreta|Union|Unie|Zaken|Affairs|Affaires|Justi|Interior|Intérieur|Council|Conseil|Raad|Commission|Court|Cour|Hof|Agency|Agence|Office|Service|Dienst|State|États?|Staat|European|Europe|Kingdom|Royaume|Koninkrijk|Republic|Républi|Republiek|Centre|Center|Centrum|System|Système|Systeem|Regulation|Coalit|Kamer|Parliament|Parlement)/u;

/**
 * Person-like names (two or three capitalised words, particles allowed) and
 * acronyms (two to six capitals, plural `s` allowed).
 */
export function findNames(text: string): NameSite[] {
  const out: NameSite[] = [];
  const taken = new Taken();
  const person = /(?<![\p{L}’'.\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:(?: (?:de|van|der|den|De|Van|Le|La))? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?![\p{L}\-])/gu;
  for (const m of text.matchAll(person)) {
    if (NOT_NAMES.has(m[0].split(' ')[0]) || m[0].split(' ').some((w) => TITLES.test(w))) continue;
    taken.add(m.index, m.index + m[0].length);
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], form: 'person' });
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}\-])\p{Lu}{2,6}s?(?![\p{L}\p{N}\-])/gu)) {
    if (taken.overlaps(m.index, m.index + m[0].length) || /^[IVX]+$/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], form: 'acronym' });
  }
  return out.sort((a, b) => a.start - b.start);
}
