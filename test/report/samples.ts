/** Hand-built documents, alignments and reports for the report tests and goldens. */
import { computeLineStarts, positionOf } from '../../src/position.js';
import type { Alignment, Bead, Document, Encoding, Finding, Report, Segment, SegmentKind, SegmentedDocument } from '../../src/types.js';
import type { CorpusReport } from '../../src/corpus/index.js';

/** A document as the reader would return it. */
export function makeDocument(path: string, value: string, encoding: Encoding = 'utf-8', notes: string[] = []): Document {
  return { path, value, encoding, lineStarts: computeLineStarts(value), notes };
}

/** A segment spec: the exact slice of the file it covers (found after the previous one), and its kind. */
export interface SegSpec {
  slice: string;
  kind: SegmentKind;
  section?: string;
  lang?: string;
}

/** Cut a document into the given slices, in order, with exact positions. */
export function makeSegmented(document: Document, lang: string, specs: SegSpec[], extra: Partial<Pick<SegmentedDocument, 'repairs' | 'skipped'>> = {}): SegmentedDocument {
  let cursor = 0;
  const segments: Segment[] = specs.map((spec, index) => {
    const start = document.value.indexOf(spec.slice, cursor);
    if (start < 0) throw new Error(`slice not found: ${spec.slice}`);
    const end = start + spec.slice.length;
    cursor = end;
    return {
      id: `s${index + 1}`,
      index,
      kind: spec.kind,
      ...(spec.section !== undefined ? { section: spec.section } : {}),
      text: spec.slice.replace(/\s+/g, ' ').replace(/l\?i/g, 'l’i'),
      position: positionOf(document.lineStarts, start, end),
      map: [0, start],
      lang: spec.lang ?? lang,
    };
  });
  return { document, lang, segments, repairs: extra.repairs ?? [], skipped: extra.skipped ?? [] };
}

/** A French document with CRLF line ends, a wrapped list item, a repair, page furniture and a reading note. */
export function sampleSegmented(): SegmentedDocument {
  const value = [
    'Réunion ministérielle franco-belge « Val Duchesse II »',
    '',
    '1- En matière de lutte contre le terrorisme :',
    '- Les ministres ont salué l?invitation de la Belgique à la',
    '  réunion du 27 février 2018 à Bruxelles ; le groupe « AT&T <test> »',
    '  se réunira deux fois par an.',
    '- Un second point, plus court.',
    '',
    'Abonnez-vous à notre lettre',
    'Partager sur Facebook',
    '',
  ].join('\r\n');
  const document = makeDocument('docs/2018/communiqué_fr.txt', value, 'windows-1252', ['not valid UTF-8: read as Windows-1252']);
  const offset = value.indexOf('l?invitation');
  return makeSegmented(document, 'fr', [
    { slice: 'Réunion ministérielle franco-belge « Val Duchesse II »', kind: 'title' },
    { slice: '1- En matière de lutte contre le terrorisme :', kind: 'heading', section: '1' },
    { slice: 'Les ministres ont salué l?invitation de la Belgique à la\r\n  réunion du 27 février 2018 à Bruxelles ; le groupe « AT&T <test> »\r\n  se réunira deux fois par an.', kind: 'item', section: '1.1' },
    { slice: 'Un second point, plus court.', kind: 'item', section: '1.2', lang: 'und' },
  ], {
    repairs: [{ kind: 'encoding', line: 4, offset, from: 'l?invitation', to: 'l’invitation' }],
    skipped: [{ line: 9, endLine: 10, start: value.indexOf('Abonnez'), end: value.indexOf('Facebook') + 8, reason: 'page furniture: call to action' }],
  });
}

/** A French–English alignment with 1-1, 2-1, 1-0, 0-1 and unsure beads, and XML-hostile text. */
export function sampleAlignment(): Alignment {
  const fr = [
    'Réunion ministérielle franco-belge',
    '1. Terrorisme',
    '- Le groupe se réunira le 27 février 2018 à Bruxelles.',
    '- Financement : 200 millions d’euros',
    '- et 100 millions pour la Belgique.',
    '- Un point « AT&T <b> » sans équivalent.',
    'Dernière phrase, incertaine.',
    '',
  ].join('\n');
  const en = [
    'Franco-Belgian ministerial meeting',
    '1. Terrorism',
    '- The group will meet on 27 February 2017 in Brussels.',
    '- Funding: EUR 200 million and 100 million for Belgium.',
    'An added sentence with "quotes" & \'apostrophes\' — 日本語のテキスト.',
    'Last sentence, unsure.',
    '',
  ].join('\n');
  const source = makeSegmented(makeDocument('fr.txt', fr), 'fr', [
    { slice: 'Réunion ministérielle franco-belge', kind: 'title' },
    { slice: '1. Terrorisme', kind: 'heading', section: '1' },
    { slice: 'Le groupe se réunira le 27 février 2018 à Bruxelles.', kind: 'item', section: '1.1' },
    { slice: 'Financement : 200 millions d’euros', kind: 'item', section: '1.2' },
    { slice: 'et 100 millions pour la Belgique.', kind: 'item', section: '1.3' },
    { slice: 'Un point « AT&T <b> » sans équivalent.', kind: 'item', section: '1.4' },
    { slice: 'Dernière phrase, incertaine.', kind: 'sentence' },
  ]);
  const target = makeSegmented(makeDocument('en.txt', en), 'en', [
    { slice: 'Franco-Belgian ministerial meeting', kind: 'title' },
    { slice: '1. Terrorism', kind: 'heading', section: '1' },
    { slice: 'The group will meet on 27 February 2017 in Brussels.', kind: 'item', section: '1.1' },
    { slice: 'Funding: EUR 200 million and 100 million for Belgium.', kind: 'item', section: '1.2' },
    { slice: 'An added sentence with "quotes" & \'apostrophes\' — 日本語のテキスト.', kind: 'sentence', lang: 'en' },
    { slice: 'Last sentence, unsure.', kind: 'sentence' },
  ]);
  const beads: Bead[] = [
    { source: [0], target: [0], score: 0.98, sure: true },
    { source: [1], target: [1], score: 0.95, sure: true },
    { source: [2], target: [2], score: 0.9100000000000001, sure: true },
    { source: [3, 4], target: [3], score: 0.74, sure: true },
    { source: [5], target: [], score: 0, sure: false },
    { source: [], target: [4], score: 0, sure: false },
    { source: [6], target: [5], score: 0.31, sure: false },
  ];
  return { source, target, beads };
}

const FR = 'docs/2018/fr.txt';
const EN = 'docs/2018/en b.txt';

/** A report with one finding of most kinds: values, one-sided findings, a word diff, a note, no location. */
export function sampleReport(): Report {
  const findings: Finding[] = [
    {
      rule: 'omission', severity: 'warning', message: 'source content has no counterpart in the target',
      source: { path: FR, line: 30, endLine: 31, segment: 's14', text: 'Un point « AT&T <b> » sans équivalent dans la version anglaise.' },
    },
    {
      rule: 'date-mismatch', severity: 'error',
      message: 'date differs: 27 février 2018 (source) vs 27 February 2017 (target)',
      source: { path: FR, line: 22, endLine: 24, segment: 's9', text: 'Le groupe de travail se réunira le 27 février 2018 à Bruxelles, comme convenu lors de la réunion précédente des ministres.' },
      target: { path: EN, line: 9, endLine: 9, segment: 's7', text: 'The working group will meet on 27 February 2017 in Brussels, as agreed at the previous meeting of the ministers.' },
      expected: '2018-02-27', actual: '2017-02-27',
    },
    {
      rule: 'number-mismatch', severity: 'error', message: 'figure 100 (source) is missing in the target',
      source: { path: FR, line: 12, endLine: 13, segment: 's5', text: 'Plus de 200 en France et plus de 100 en Belgique sont revenus.' },
      target: { path: EN, line: 6, endLine: 6, segment: 's4', text: 'More than 200 have returned to France.' },
      expected: '100',
    },
    {
      rule: 'name-mismatch', severity: 'warning', message: 'name differs: Édouard Philippe (source) vs Edward Philip (target)',
      source: { path: FR, line: 3, endLine: 3, segment: 's2', text: 'Le Premier ministre Édouard Philippe a reçu son homologue.' },
      target: { path: EN, line: 3, endLine: 3, segment: 's2', text: 'Prime Minister Edward Philip received his counterpart.' },
      expected: 'edouard philippe', actual: 'edward philip',
    },
    {
      rule: 'merge', severity: 'warning', message: '2 source segments are rendered as 1 target segment',
      source: { path: FR, line: 26, endLine: 28, segment: 's11', text: 'Financement : 200 millions d’euros. Et 100 millions pour la Belgique.' },
      target: { path: EN, line: 11, endLine: 11, segment: 's9', text: 'Funding: EUR 200 million and 100 million for Belgium.' },
    },
    {
      rule: 'duplicate', severity: 'warning', message: 'segment repeats s4 (line 10) nearly word for word',
      source: { path: FR, line: 17, endLine: 18, segment: 's7', text: 'Les ministres ont salué la coopération entre les deux pays.' },
      note: 'the other occurrence is at docs/2018/fr.txt:10',
      diff: [
        { op: 'equal', value: 'Les ministres ont salué la ' },
        { op: 'added', value: 'bonne ' },
        { op: 'equal', value: 'coopération entre les deux pays.' },
      ],
    },
    {
      rule: 'encoding', severity: 'warning', message: '2 damaged characters repaired (l?invitation → l’invitation, aujourd?hui → aujourd’hui)',
      source: { path: FR, line: 4, endLine: 4 },
    },
    {
      rule: 'low-confidence', severity: 'info', message: 'the aligner was unsure of this region',
      source: { path: FR, line: 40, endLine: 44 }, target: { path: EN, line: 20, endLine: 21 },
      note: 'values in these lines were not compared; review them by eye',
    },
    {
      rule: 'structure-mismatch', severity: 'info', message: 'the source has 3 sections, the target 2',
    },
  ];
  return {
    version: 1,
    documents: [{ path: FR, language: 'fr', segments: 44 }, { path: EN, language: 'en', segments: 21 }],
    findings,
    summary: { error: 2, warning: 5, info: 2 },
  };
}

/** Same-language drafts: a text change with its word diff, seen in a third version too (corpus mode). */
export function sampleDraftReport(): Report {
  const findings: Finding[] = [
    {
      rule: 'text-change', severity: 'info', message: 'words changed',
      source: { path: 'draft-1.txt', line: 5, endLine: 6, segment: 's3', text: 'The ministers met on Monday in Brussels to discuss the plan.' },
      target: { path: 'draft-2.txt', line: 5, endLine: 5, segment: 's3', text: 'The ministers met on Tuesday in Ghent to discuss the new plan.' },
      versions: [{ path: 'draft-3.txt', line: 7, endLine: 7, text: 'The ministers met on Tuesday in Ghent to discuss the plan.' }],
      diff: [
        { op: 'equal', value: 'The ministers met on ' },
        { op: 'removed', value: 'Monday' },
        { op: 'added', value: 'Tuesday' },
        { op: 'equal', value: ' in ' },
        { op: 'removed', value: 'Brussels' },
        { op: 'added', value: 'Ghent' },
        { op: 'equal', value: ' to discuss the ' },
        { op: 'added', value: 'new ' },
        { op: 'equal', value: 'plan.' },
      ],
    },
    {
      rule: 'date-mismatch', severity: 'error', message: 'date differs: 2018 (source) vs 2017 (target)',
      source: { path: 'draft-1.txt', line: 9, endLine: 9, text: 'Adopted in 2018.' },
      target: { path: 'draft-2.txt', line: 9, endLine: 9, text: 'Adopted in 2017.' },
      expected: '2018', actual: '2017',
    },
  ];
  return {
    version: 1,
    documents: [{ path: 'draft-1.txt', language: 'en', segments: 12 }, { path: 'draft-2.txt', language: 'en', segments: 12 }, { path: 'draft-3.txt', language: 'en', segments: 12 }],
    findings,
    summary: { error: 1, warning: 0, info: 1 },
  };
}

/** Nothing found between two documents. */
export function emptyReport(): Report {
  return {
    version: 1,
    documents: [{ path: 'a_fr.txt', language: 'fr', segments: 10 }, { path: 'a_en.txt', language: 'en', segments: 10 }],
    findings: [],
    summary: { error: 0, warning: 0, info: 0 },
  };
}

/** A corpus report: one group of three versions with findings, a lone document, and an unreadable file. */
export function sampleCorpusReport(): CorpusReport {
  const base = sampleReport();
  const EN_A = 'docs/2018/en-a.txt';
  const NL = 'docs/2021/nl.txt';
  const date = base.findings.find((f) => f.rule === 'date-mismatch')!;
  const findings: Finding[] = [
    { ...date, versions: [{ path: EN_A, line: 24, endLine: 24, segment: 's10', text: 'The working group will meet on 27 February 2018 in Brussels.' }] },
    ...base.findings.filter((f) => f.rule === 'duplicate' || f.rule === 'merge'),
    { rule: 'input', severity: 'error', message: 'docs/scan.txt: binary file (PDF document), not text', source: { path: 'docs/scan.txt', line: 1, endLine: 1 } },
  ];
  return {
    version: 1,
    documents: [...base.documents, { path: EN_A, language: 'en', segments: 20 }, { path: NL, language: 'nl', segments: 31 }],
    groups: [
      { id: 'g1', members: [EN, EN_A, FR], reference: FR, languages: ['en', 'fr'], reason: 'fr: the version the others agree with most (dates and figures shared: 0.81 on average, next best 0.78)' },
      { id: 'g2', members: [NL], reference: NL, languages: ['nl'], reason: 'the only version of this text' },
    ],
    findings,
    summary: { error: 2, warning: 2, info: 0 },
  };
}
