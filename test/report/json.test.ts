/** JSON formats: exactly the spec's keys and values. */
import { describe, expect, it } from 'vitest';
import { formatAlignment, formatReport, formatSegments } from '../../src/report/index.js';
import { sortFindings } from '../../src/report/order.js';
import { sampleAlignment, sampleReport, sampleSegmented } from './samples.js';

const SEGMENT_KEYS = ['id', 'kind', 'section', 'text', 'start', 'end', 'line', 'endLine', 'language'];

describe('segment --format json', () => {
  const doc = sampleSegmented();
  const json = JSON.parse(formatSegments(doc, 'json'));

  it('has the spec top-level keys (plus encoding and notes)', () => {
    expect(Object.keys(json)).toEqual(['version', 'path', 'language', 'segments', 'repairs', 'skipped', 'encoding', 'notes']);
    expect(json.version).toBe(1);
    expect(json.path).toBe('docs/2018/communiqué_fr.txt');
    expect(json.language).toBe('fr');
    expect(json.encoding).toBe('windows-1252');
    expect(json.notes).toEqual(['not valid UTF-8: read as Windows-1252']);
  });

  it('prints segments with offsets, lines and language; section only where present', () => {
    expect(Object.keys(json.segments[0])).toEqual(SEGMENT_KEYS.filter((k) => k !== 'section'));
    expect(Object.keys(json.segments[2])).toEqual(SEGMENT_KEYS);
    const s3 = json.segments[2];
    expect(s3).toMatchObject({ id: 's3', kind: 'item', section: '1.1', line: 4, endLine: 6, language: 'fr' });
    // Offsets point into the file as given: the slice starts and ends where the segment does.
    const slice = doc.document.value.slice(s3.start, s3.end);
    expect(slice.startsWith('Les ministres')).toBe(true);
    expect(slice.endsWith('fois par an.')).toBe(true);
    expect(json.segments[3].language).toBe('und');
  });

  it('uses the line of the last character as endLine, even when a segment ends at a line break', () => {
    const d = sampleSegmented();
    const seg = d.segments[0];
    // Stretch the title over its CRLF: it must still end on line 1.
    const end = seg.position.end.offset + 2;
    seg.position = { start: seg.position.start, end: { line: 2, column: 1, offset: end } };
    expect(JSON.parse(formatSegments(d, 'json')).segments[0].endLine).toBe(1);
  });

  it('prints repairs and skipped lines in the spec shape', () => {
    expect(json.repairs).toEqual([{ kind: 'encoding', line: 4, from: 'l?invitation', to: 'l’invitation' }]);
    expect(json.skipped).toEqual([{ line: 9, endLine: 10, reason: 'page furniture: call to action' }]);
  });
});

describe('align --format json', () => {
  const json = JSON.parse(formatAlignment(sampleAlignment(), 'json'));

  it('has version, both sides with segments, and the beads', () => {
    expect(Object.keys(json)).toEqual(['version', 'source', 'target', 'beads']);
    expect(Object.keys(json.source)).toEqual(['path', 'language', 'segments']);
    expect(json.source).toMatchObject({ path: 'fr.txt', language: 'fr' });
    expect(json.target).toMatchObject({ path: 'en.txt', language: 'en' });
    expect(json.source.segments).toHaveLength(7);
    expect(Object.keys(json.target.segments[2])).toEqual(SEGMENT_KEYS);
  });

  it('prints beads as index arrays with scores rounded to 6 decimals', () => {
    expect(json.beads[2]).toEqual({ source: [2], target: [2], score: 0.91 });
    expect(json.beads[3]).toEqual({ source: [3, 4], target: [3], score: 0.74 });
    expect(json.beads[4]).toEqual({ source: [5], target: [], score: 0 });
  });
});

describe('diff --format json', () => {
  it('prints the report with the spec keys, findings most severe first', () => {
    const report = sampleReport();
    const json = JSON.parse(formatReport(report, 'json'));
    expect(Object.keys(json)).toEqual(['version', 'documents', 'findings', 'summary']);
    expect(json).toEqual({ ...report, findings: sortFindings(report.findings, report.documents.map((d) => d.path)) });
    expect(json.findings.slice(0, 2).map((f: { rule: string }) => f.rule)).toEqual(['number-mismatch', 'date-mismatch']);
    expect(json.findings[1]).toMatchObject({ rule: 'date-mismatch', severity: 'error', expected: '2018-02-27', actual: '2017-02-27' });
  });

  it('keeps extra keys such as check mode groups', () => {
    const report = { ...sampleReport(), groups: [{ id: 'g1', members: ['a', 'b'], reference: 'a', languages: ['fr', 'en'] }] };
    expect(JSON.parse(formatReport(report, 'json')).groups).toEqual(report.groups);
  });
});
