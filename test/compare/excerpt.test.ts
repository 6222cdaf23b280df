import { describe, expect, it } from 'vitest';
import { EXCERPT_CONTEXT, EXCERPT_LIMIT, excerpt } from '../../src/compare/excerpt.js';
import { canonicalNumber } from '../../src/compare/values.js';

describe('excerpt', () => {
  it('quotes a segment up to the limit whole', () => {
    const text = 'word '.repeat(EXCERPT_LIMIT / 5 - 1) + 'end.';
    expect(excerpt(text, 10, 14)).toBe(text);
  });

  it('quotes the span of a long segment with bounded context, cut at spaces, marked with …', () => {
    const text = `${'alpha '.repeat(2000)}12 March 2021 ${'omega '.repeat(2000)}`.trim();
    const start = text.indexOf('12 March');
    const quote = excerpt(text, start, start + '12 March 2021'.length);
    expect(quote).toContain('12 March 2021');
    expect(quote.length).toBeLessThanOrEqual(2 * EXCERPT_CONTEXT + 20);
    expect(quote).toMatch(/^…alpha /);
    expect(quote).toMatch(/ omega…$/);
  });

  it('never cuts a surrogate pair', () => {
    const text = '𝐀'.repeat(3000);
    const quote = excerpt(text, 3001, 3003);
    expect(quote.replace(/…/g, '')).toMatch(/^(?:𝐀)+$/u);
  });
});

describe('canonicalNumber', () => {
  it.each([
    ['007', '7'], ['3.50', '3.5'], ['3.0', '3'], ['-0', '0'], ['-2.50', '-2.5'], ['12%', '12%'],
    ['12345678901234567890', '12345678901234567890'], ['9007199254740993', '9007199254740993'],
  ])('%s → %s (exact at any size)', (value, canonical) => {
    expect(canonicalNumber(value)).toBe(canonical);
  });

  it('tells figures apart past 2^53', () => {
    expect(canonicalNumber('12345678901234567890')).not.toBe(canonicalNumber('12345678901234567891'));
  });
});
