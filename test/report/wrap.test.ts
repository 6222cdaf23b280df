/** Word wrapping in terminal columns. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapSpans } from '../../src/report/wrap.js';

const plain = new Chalk({ level: 0 });

describe('displayWidth', () => {
  it('counts wide East Asian characters as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🙂')).toBe(2);
  });
});

describe('wrapSpans', () => {
  it('wraps at word boundaries within the width and keeps every word', () => {
    const text = 'The working group will meet on 27 February 2017 in Brussels.';
    const lines = wrapSpans([{ text, style: 'plain' }], 20, plain);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapSpans([{ text: 'https://example.org/a/very/long/path', style: 'plain' }], 10, plain);
    expect(lines.every((l) => displayWidth(l) <= 10)).toBe(true);
    expect(lines.join('')).toBe('https://example.org/a/very/long/path');
  });

  it('cuts a word of a megabyte into full lines, keeping every character', () => {
    const word = 'x'.repeat(1_000_000);
    const lines = wrapSpans([{ text: `see ${word} here`, style: 'plain' }], 80, plain);
    expect(lines.join('').replace(/ /g, '')).toBe(`see${word}here`);
    expect(lines.slice(1, -2).every((l) => l.length === 80)).toBe(true);
  });

  it('wraps wide characters by columns', () => {
    const lines = wrapSpans([{ text: '日本語のテキストです', style: 'plain' }], 7, plain);
    expect(lines).toEqual(['日本語', 'のテキ', 'ストで', 'す']);
  });

  it('puts the no-colour markers around whole spans, and colours instead when asked', () => {
    const spans = [{ text: 'met on ', style: 'plain' as const }, { text: 'Monday', style: 'removed' as const }, { text: 'Tuesday', style: 'added' as const }];
    expect(wrapSpans(spans, 80, plain)).toEqual(['met on [-Monday-]{+Tuesday+}']);
    expect(wrapSpans(spans, 80, new Chalk({ level: 1 }))[0]).toBe('met on \u001b[31m\u001b[9mMonday\u001b[29m\u001b[39m\u001b[32mTuesday\u001b[39m');
  });
});
