/** Word wrapping of styled text for the terminal formats, measured in terminal columns. */
import type { ChalkInstance } from 'chalk';

/** How a span of text is shown: plain, or one of the highlights of the text formats. */
export type SpanStyle = 'plain' | 'removed' | 'added' | 'value' | 'dim' | 'expected' | 'actual' | 'heading';

/** A run of text with one style. */
export interface Span {
  text: string;
  style: SpanStyle;
}

/** Markers that stand for the highlights when colour is off (wdiff's for removed/added words). */
const MARKERS: Record<SpanStyle, [string, string]> = {
  plain: ['', ''],
  dim: ['', ''],
  removed: ['[-', '-]'],
  added: ['{+', '+}'],
  value: ['[[', ']]'],
  expected: ['', ''],
  heading: ['', ''],
  actual: ['', ''],
};

/**
 * Terminal columns a string takes: 0 for combining marks and zero-width
 * characters, 2 for East Asian wide and fullwidth characters and emoji, else 1.
 * @param limit stop counting once the width reaches it (the result is then at least `limit`)
 */
export function displayWidth(text: string, limit = Infinity): number {
  let width = 0;
  for (const ch of text) {
    width += charWidth(ch.codePointAt(0) ?? 0);
    if (width >= limit) break;
  }
  return width;
}

function charWidth(cp: number): number {
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/**
 * Apply a span style: colours when `chalk` has a colour level, else the
 * plain-text markers (`[-removed-]`, `{+added+}`, `[[value]]`).
 */
export function styleText(chalk: ChalkInstance, style: SpanStyle, text: string): string {
  if (chalk.level === 0 || text === '') return text;
  switch (style) {
    case 'removed': return chalk.red.strikethrough(text);
    case 'added': return chalk.green(text);
    case 'value': return chalk.bold.yellow(text);
    case 'dim': return chalk.dim(text);
    case 'expected': return chalk.red.bold(text);
    case 'actual': return chalk.green.bold(text);
    case 'heading': return chalk.bold(text);
    default: return text;
  }
}

/**
 * Greedy word wrap of styled spans to `width` columns; words longer than a
 * line are cut. Without colour, styled spans get their markers first, so the
 * markers wrap with the words they mark.
 * @param width columns per line (at least 1)
 * @returns lines, styled, without trailing spaces
 */
export function wrapSpans(spans: readonly Span[], width: number, chalk: ChalkInstance): string[] {
  const max = Math.max(1, width);
  const color = chalk.level > 0;
  // Words with their style; whitespace runs become single breakable spaces.
  const tokens: { text: string; style: SpanStyle; space: boolean }[] = [];
  for (const span of spans) {
    let text = span.text.replace(/\s+/g, ' ');
    if (!color && text.trim() !== '') {
      const [open, close] = MARKERS[span.style];
      const lead = text.match(/^ */)![0];
      const trail = text.match(/ *$/)![0];
      text = lead + open + text.trim() + close + trail;
    }
    for (const part of text.split(/( )/)) if (part !== '') tokens.push({ text: part, style: span.style, space: part === ' ' });
  }
  const lines: { text: string; style: SpanStyle }[][] = [[]];
  let used = 0;
  for (const token of tokens) {
    let line = lines[lines.length - 1];
    if (token.space) {
      if (used > 0 && used < max) { line.push(token); used += 1; }
      continue;
    }
    let rest = token.text;
    while (rest !== '') {
      // Counted only up to a line's width: a word of a megabyte would otherwise be measured once per line.
      const w = displayWidth(rest, max + 1);
      if (used + w <= max) { line.push({ text: rest, style: token.style }); used += w; break; }
      if (used > 0 && (w <= max || max - used < 4)) { lines.push((line = [])); used = 0; continue; }
      // A word longer than a whole line: cut it at the line's end.
      const [head, tail] = cutAt(rest, max - used);
      line.push({ text: head, style: token.style });
      lines.push((line = []));
      used = 0;
      rest = tail;
    }
  }
  return lines.map((line) => {
    while (line.length > 0 && line[line.length - 1].text === ' ') line.pop();
    let out = '';
    for (let i = 0; i < line.length; ) {
      let j = i;
      let text = '';
      while (j < line.length && line[j].style === line[i].style) text += line[j++].text;
      out += styleText(chalk, line[i].style, text);
      i = j;
    }
    return out;
  });
}

function cutAt(text: string, columns: number): [string, string] {
  let used = 0;
  let i = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (used + w > columns && i > 0) break;
    used += w;
    i += ch.length;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Pad a plain string with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Cut `text` to at most `width` terminal columns, ending in `…` when cut. Done before a cell
 * reaches cli-table3, whose own truncation re-measures the whole string at each character it
 * drops: quadratic, 8,000 Chinese characters took 2.6 s and a 776 KB line over 120 s (issue 11).
 * @param width columns available (at least 1)
 */
export function clipToWidth(text: string, width: number): string {
  if (text.length <= width) return text;
  let used = 0;
  let at = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0) ?? 0);
    if (used + w > width - 1) return `${text.slice(0, at)}…`;
    used += w;
    at += ch.length;
  }
  return text;
}
