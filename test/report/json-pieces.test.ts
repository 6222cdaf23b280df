/** Reports written in pieces (issue 11): joined, the pieces are exactly the one-string formats. */
import { describe, expect, it } from 'vitest';
import { jsonPieces, LazyList } from '../../src/report/json-pieces.js';
import { corpusPieces, formatCorpus, formatReport, reportPieces } from '../../src/report/index.js';
import type { Finding, Report } from '../../src/types.js';
import { orderReport } from '../../src/report/order.js';
import { sampleReport } from './samples.js';

const join = (pieces: Iterable<string>) => [...pieces].join('');

describe('jsonPieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for awkward values', () => {
    const big = Array.from({ length: 200 }, (_, i) => ({ i, text: `line ${i}\nwith "quotes", a tab\t, é and \u2028`, none: undefined, nested: i % 7 === 0 ? [] : [{ a: [i, null] }] }));
    const values: unknown[] = [
      { version: 1, list: big, empty: [], emptyObject: {}, skipped: undefined, f: () => 1, after: 'x' },
      big,
      [undefined, () => 1, 1, 'two', null, { deep: { deeper: big.slice(0, 70) } }],
      { toJSON: () => ({ replaced: true }) },
      { date: new Date(0), map: new Map([[1, 2]]), proto: Object.assign(Object.create(null), { a: 1 }) },
      'plain',
      42,
      null,
      [],
      {},
    ];
    for (const v of values) expect(join(jsonPieces(v))).toBe(JSON.stringify(v, null, 2));
  });

  it('writes a lazy list element by element, as the array it stands for', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ n: i, s: `x${i}` }));
    const lazy = { head: 1, runs: [{ tool: 't', results: new LazyList(items.length, () => items.values()) }], empty: new LazyList(0, () => []) };
    const eager = { head: 1, runs: [{ tool: 't', results: items }], empty: [] };
    const pieces = [...jsonPieces(lazy)];
    expect(pieces.join('')).toBe(JSON.stringify(eager, null, 2));
    // One piece per element at least, not the whole list at once.
    expect(pieces.length).toBeGreaterThan(items.length);
  });

  it('refuses a lazy list where it would print wrongly, instead of printing {}', () => {
    const hidden = { a: { b: { c: { d: { e: new LazyList(1, () => [1]) } } } } };
    expect(() => join(jsonPieces(hidden))).toThrow(/LazyList/);
  });
});

describe('reportPieces and corpusPieces', () => {
  /** A report of many findings, with repeated fingerprints (SARIF numbers the repeats in order). */
  function manyFindings(): Report {
    const base = sampleReport();
    const findings: Finding[] = [];
    for (let k = 0; k < 300; k++) for (const f of base.findings) findings.push({ ...f, message: `${f.message} (${k % 11})` });
    return { ...base, findings, summary: { error: 0, warning: 0, info: 0 } };
  }

  it('gives, joined, exactly the text of formatReport in every format', () => {
    const report = manyFindings();
    for (const format of ['text', 'json', 'sarif', 'github', 'junit'] as const) {
      const options = { toolVersion: '9.9.9', width: 100 };
      expect(join(reportPieces(report, format, options)), format).toBe(formatReport(report, format, options));
    }
  });

  it('gives JSON whose findings are all the report has, in report order', () => {
    const report = manyFindings();
    const parsed = JSON.parse(join(reportPieces(report, 'json'))) as Report;
    const ordered = orderReport(report);
    expect(parsed.findings).toHaveLength(report.findings.length);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(ordered)));
  });

  it('gives the corpus formats joined as formatCorpus does', () => {
    const report = { ...manyFindings(), groups: [] };
    for (const format of ['json', 'sarif', 'text'] as const) {
      expect(join(corpusPieces(report, format, { toolVersion: '1.0.0' })), format).toBe(formatCorpus(report, format, { toolVersion: '1.0.0' }));
    }
  });
});
