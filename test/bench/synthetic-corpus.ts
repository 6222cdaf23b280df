/**
 * A synthetic corpus made from the seeds: `texts` texts × `versions` versions,
 * each version but the first of a text carrying one planted divergence (a
 * changed date, a changed figure, a dropped paragraph, a duplicated bullet).
 * Texts are told apart by moving every year, day and figure by a text-specific amount.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '../../fixtures/corpus');

/** A seed text and its language versions. */
interface Family {
  name: string;
  variants: { lang: string; text: string }[];
}

/** A divergence planted in one version. */
export interface Planted {
  path: string;
  kind: 'date' | 'figure' | 'paragraph' | 'bullet';
  /** The rule that should report it. */
  rule: string;
  /** 1-based lines of the version where it lies (for a dropped paragraph: from the end of the text before it to where it was). */
  line: number;
  endLine: number;
}

const MONTHS = '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const DATE = new RegExp(`\\b\\d{1,2}(?:er)?\\s+${MONTHS}\\s+((?:19|20)\\d{2})\\b`, 'g');
const FIGURE = new RegExp(`(?<![\\d,.\\-/])\\b(\\d{2,3})\\b(?![\\d,.\\-/])(?!\\s+${MONTHS})`, 'g');
const SPELLED: Record<string, [RegExp, string]> = {
  en: [/\btwo\b/g, 'three'],
  fr: [/\bdeux\b/g, 'trois'],
  nl: [/\btwee\b/g, 'drie'],
};

function read(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

function families(): Family[] {
  return [
    {
      name: 'joint-communique',
      variants: [
        { lang: 'fr', text: read('2018-06-11_val-duchesse-ii_fr.txt') },
        { lang: 'en', text: read('2018-06-11_val-duchesse-ii_en-a.txt') },
        { lang: 'en', text: read('2018-06-11_val-duchesse-ii_en-b.txt') },
      ],
    },
    { name: 'joint-declaration', variants: [{ lang: 'nl', text: read('2021-11-22_val-duchesse-iii_nl.txt') }] },
  ];
}

// Years move by this much per text of a family: more than the span of years in any seed,
// so two texts never share a dated value.
const YEAR_STEP = 11;

// Days move by this much per text (modulo 28, so every date stays valid), figures by FIGURE_STEP.
const DAY_STEP = 5;
const FIGURE_STEP = 7;

/** Make text `k` of a family: every year, day and figure moved by a text-specific amount. */
function shiftValues(text: string, k: number): string {
  if (k === 0) return text;
  const days = new RegExp(`\\b(\\d{1,2})((?:er)?\\s+${MONTHS})`, 'g');
  return text
    .replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) - YEAR_STEP * k))
    .replace(days, (_m, d: string, rest: string) => `${((Number(d) - 1 + DAY_STEP * k) % 28) + 1}${rest}`)
    .replace(/(?<![\d,.\-/])\b(\d{2,3})\b(?![\d,.\-/])(?!\s+\p{L}+\s+(?:19|20)\d{2})/gu, (n) => String(Number(n) + FIGURE_STEP * k));
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function pick<T>(list: readonly T[], seed: number): T | undefined {
  return list.length ? list[(seed * 7 + 3) % list.length] : undefined;
}

/** Matches in the middle 80% of the text (away from titles and footers). */
function middle(text: string, re: RegExp): RegExpMatchArray[] {
  const all = [...text.matchAll(re)];
  return all.filter((m) => m.index! > text.length * 0.1 && m.index! < text.length * 0.9);
}

function plantDate(text: string, seed: number): { text: string; line: number; endLine: number } | undefined {
  const m = pick(middle(text, DATE), seed);
  if (!m) return undefined;
  const yearAt = m.index! + m[0].length - 4;
  const year = Number(text.slice(yearAt, yearAt + 4));
  // +3, not +1: a version already a year off (a translation's slip) must not be planted back into agreement.
  return { text: text.slice(0, yearAt) + String(year + 3) + text.slice(yearAt + 4), line: lineAt(text, m.index!), endLine: lineAt(text, yearAt) };
}

function plantFigure(text: string, lang: string, seed: number): { text: string; line: number; endLine: number } | undefined {
  let m = pick(middle(text, FIGURE).filter((x) => !/^\s*$/.test(text.slice(text.lastIndexOf('\n', x.index!) + 1, x.index!))), seed);
  let replacement = m ? String(Number(m[0]) + 1) : '';
  if (!m) {
    const [re, word] = SPELLED[lang];
    m = pick(middle(text, re), seed);
    replacement = word;
  }
  if (!m) return undefined;
  const at = m.index!;
  return { text: text.slice(0, at) + replacement + text.slice(at + m[0].length), line: lineAt(text, at), endLine: lineAt(text, at) };
}

// A text whose lines average more characters than this has one paragraph per line.
const LONG_LINE = 160;

/** Paragraphs (0-based line ranges): runs of non-blank lines, or single lines in a one-paragraph-per-line text. */
function blocks(lines: readonly string[]): [number, number][] {
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length && filled.reduce((n, l) => n + l.length, 0) / filled.length > LONG_LINE) {
    return lines.map((l, i) => [i, i] as [number, number]).filter(([i]) => lines[i].trim() !== '');
  }
  const out: [number, number][] = [];
  let start = -1;
  lines.forEach((l, i) => {
    if (l.trim() !== '' && start < 0) start = i;
    if (l.trim() === '' && start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  });
  if (start >= 0) out.push([start, lines.length - 1]);
  return out;
}

/**
 * Whether the block at line `a` begins a paragraph: not the rest of a sentence carried over a
 * page-break gap (the PDF extractions have those), which begins in lower case after a line
 * without a full stop. Dropping such a rest would cut a sentence, not leave out a paragraph.
 */
function startsParagraph(lines: readonly string[], a: number): boolean {
  let prev = a - 1;
  while (prev >= 0 && lines[prev].trim() === '') prev--;
  const before = prev < 0 ? '' : lines[prev].trim();
  return /^\P{Ll}/u.test(lines[a].trim()) && (before === '' || /[.!?:;»"”)]$/.test(before));
}

function plantDrop(text: string, seed: number): { text: string; line: number; endLine: number } | undefined {
  const lines = text.split('\n');
  const words = (a: number, b: number) => lines.slice(a, b + 1).join(' ').split(/\s+/).filter(Boolean).length;
  const candidates = blocks(lines).filter(([a, b]) => a > lines.length * 0.15 && b < lines.length * 0.85 && !/^\s*[-\d]/.test(lines[a]) && words(a, b) >= 25 && startsParagraph(lines, a) && !DATE.test(lines.slice(a, b + 1).join(' ')));
  DATE.lastIndex = 0;
  const block = pick(candidates, seed);
  if (!block) return undefined;
  const [a, b] = block;
  // Drop the paragraph and the blank line after it, so the layout stays regular.
  const next = lines[b + 1] !== undefined && lines[b + 1].trim() === '' ? b + 1 : b;
  const kept = [...lines.slice(0, a), ...lines.slice(next + 1)];
  // The gap is reported where the text before it ends: from the last non-blank line before it.
  let prev = a - 1;
  while (prev > 0 && lines[prev].trim() === '') prev--;
  return { text: kept.join('\n'), line: prev + 1, endLine: a + 1 };
}

function plantBullet(text: string, seed: number): { text: string; line: number; endLine: number } | undefined {
  const lines = text.split('\n');
  const starts = lines.map((l, i) => (/^\s*-\s*\S/.test(l) ? i : -1)).filter((i) => i >= 0);
  // A text without bullets gets a repeated paragraph instead.
  const paragraphs = blocks(lines).filter(([a, b]) => a > lines.length * 0.15 && b < lines.length * 0.85 && !/^\s*\d/.test(lines[a]));
  let start: number | undefined;
  let end: number;
  if (starts.length) {
    start = pick(starts, seed)!;
    end = start;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '' && !/^\s*-/.test(lines[end + 1])) end++;
  } else {
    const block = pick(paragraphs, seed);
    if (!block) return undefined;
    [start, end] = block;
  }
  const bullet = lines.slice(start, end + 1);
  const out = [...lines.slice(0, end + 1), ...bullet, ...lines.slice(end + 1)];
  return { text: out.join('\n'), line: start + 1, endLine: end + 1 + bullet.length };
}

const KINDS = ['date', 'figure', 'paragraph', 'bullet'] as const;
const RULE: Record<Planted['kind'], string> = { date: 'date-mismatch', figure: 'number-mismatch', paragraph: 'omission', bullet: 'duplicate' };

/**
 * Write the corpus.
 * @param dir an empty folder
 * @returns the files written and the divergences planted
 */
export function makeSyntheticCorpus(dir: string, texts = 20, versions = 50): { paths: string[]; planted: Planted[] } {
  const fams = families();
  const paths: string[] = [];
  const planted: Planted[] = [];
  for (let t = 0; t < texts; t++) {
    const family = fams[t % fams.length];
    const folder = join(dir, `text-${String(t + 1).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let v = 0; v < versions; v++) {
      const variantIndex = v % family.variants.length;
      const variant = family.variants[variantIndex];
      let text = shiftValues(variant.text, Math.floor(t / fams.length));
      const path = join(folder, `${family.name}_v${String(v).padStart(2, '0')}_${variant.lang}${family.variants.length > 1 ? `-${variantIndex}` : ''}.txt`);
      if (v > 0) {
        const kind = KINDS[(v - 1) % KINDS.length];
        const seed = t * 131 + v;
        const done = kind === 'date' ? plantDate(text, seed) : kind === 'figure' ? plantFigure(text, variant.lang, seed) : kind === 'paragraph' ? plantDrop(text, seed) : plantBullet(text, seed);
        if (done) {
          text = done.text;
          planted.push({ path, kind, rule: RULE[kind], line: done.line, endLine: done.endLine });
        }
      }
      writeFileSync(path, text);
      paths.push(path);
    }
  }
  return { paths, planted };
}
