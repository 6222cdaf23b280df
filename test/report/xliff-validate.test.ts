/**
 * `align --format xliff` checked by programs no one here wrote:
 * - the OASIS schemas (XLIFF 2.0 core; 1.2 strict for `--xliff-version 1.2`), with libxml2's
 *   validator: `xmllint-wasm` (a devDependency, so on any machine) and Debian's `xmllint`
 *   (libxml2-utils) where it is installed;
 * - two readers of XLIFF 2.0: the npm `xliff` package's `xliff2js` (locize; on any machine) and
 *   Symfony's `XliffFileLoader` (Debian's php-symfony-translation; skipped where PHP or Symfony
 *   is absent), which validates the file against the same schema before it reads it.
 * Both readers must see the units, texts and notes that our own reader (`align file.xlf`) and
 * `diff` see. Neither reader reports a 2.0 segment's `state`, so the review state is checked by
 * the schema (a legal value, on the 2.0 `<segment>`), by Symfony reading the 1.2 file (the same
 * units for review), and by test/report/xliff.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import xliff from 'xliff';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { fbcoop, SEED, tempDir } from '../helpers/cli.js';

const SCHEMA_DIR = join(import.meta.dirname, 'schema/xliff');
const XML_XSD = 'informativeCopiesOf3rdPartySchemas/w3c/xml.xsd';
const SCHEMA = { '2.0': 'xliff-core-2.0.xsd', '1.2': 'xliff-core-1.2-strict.xsd' } as const;
type Version = keyof typeof SCHEMA;

/**
 * The schema files as the validators get them. The 2.0 schema imports xml.xsd by the relative
 * path OASIS publishes it at; the 1.2 schema imports it from the W3C's site, which a test must
 * not fetch, so that one import is pointed at the local copy.
 */
const schemaFiles: Record<string, string> = {
  [SCHEMA['2.0']]: readFileSync(join(SCHEMA_DIR, SCHEMA['2.0']), 'utf8'),
  [SCHEMA['1.2']]: readFileSync(join(SCHEMA_DIR, SCHEMA['1.2']), 'utf8').replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', `schemaLocation="${XML_XSD}"`),
  [XML_XSD]: readFileSync(join(SCHEMA_DIR, XML_XSD), 'utf8'),
};

/** Problems libxml2 (compiled to WebAssembly) finds in an XLIFF file against the schema of its version. */
async function wasmErrors(text: string, version: Version): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'output.xlf', contents: text }],
    schema: [{ fileName: SCHEMA[version], contents: schemaFiles[SCHEMA[version]] }],
    preload: Object.entries(schemaFiles).filter(([name]) => name !== SCHEMA[version]).map(([fileName, contents]) => ({ fileName, contents })),
  });
  return result.errors.map((e) => e.rawMessage);
}

const xmllintFound = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).error === undefined;
if (!xmllintFound) console.warn('note: xmllint (Debian libxml2-utils) not installed; the XLIFF schema checks run in xmllint-wasm only');

/** The schema set in a folder, for the `xmllint` command. */
const schemaFolder = (() => {
  const dir = tempDir('fbcoop-xliff-schema-');
  for (const [name, contents] of Object.entries(schemaFiles)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
  return dir;
})();

/** Debian's `xmllint --schema` on a file: its verdict and messages. */
function xmllint(file: string, version: Version): { valid: boolean; messages: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(schemaFolder, SCHEMA[version]), file], { encoding: 'utf8' });
  return { valid: r.status === 0, messages: r.stderr };
}

const php = spawnSync('php', ['--version'], { encoding: 'utf8' }).error === undefined ? 'php' : undefined;
const SYMFONY = ['/usr/share/php/Symfony/Component/Translation/autoload.php', '/usr/share/php/Symfony/Component/Config/autoload.php'];
const symfony = php !== undefined && SYMFONY.every((p) => existsSync(p));
if (!symfony) console.warn('note: PHP with Symfony Translation (Debian php-cli, php-xml, php-symfony-translation, php-symfony-config) not installed; the Symfony XLIFF read-back tests are skipped');

interface SymfonyUnit {
  source: string;
  target: string;
  /** Notes (2.0: category, priority as text; 1.2: from, priority as a number) and, for 1.2, the target's attributes. */
  metadata: { notes?: Array<{ category?: string; from?: string; priority?: string | number; content: string }>; 'target-attributes'?: { state?: string } };
}

/** What Symfony's XliffFileLoader reads from a file (it throws on a file its schema check refuses). */
function symfonyRead(file: string): { units: SymfonyUnit[]; stderr: string; code: number | null } {
  const script = `
${SYMFONY.map((p) => `require '${p}';`).join('\n')}
$catalogue = (new Symfony\\Component\\Translation\\Loader\\XliffFileLoader())->load($argv[1], 'en', 'review');
$out = [];
foreach ($catalogue->all('review') as $source => $target) {
  $out[] = ['source' => (string) $source, 'target' => $target, 'metadata' => $catalogue->getMetadata((string) $source, 'review') ?? []];
}
echo json_encode($out, JSON_UNESCAPED_UNICODE);
`;
  const r = spawnSync('php', ['-r', script, file], { encoding: 'utf8' });
  return { units: r.status === 0 ? (JSON.parse(r.stdout) as SymfonyUnit[]) : [], stderr: r.stderr + (r.status === 0 ? '' : r.stdout), code: r.status };
}

interface LocizeUnit {
  source: string;
  target: string;
  note?: string | string[];
}

/** The units `xliff2js` reads, in file order. */
async function locizeRead(text: string): Promise<{ sourceLanguage: string; targetLanguage: string; units: Array<LocizeUnit & { id: string }> }> {
  const js = (await xliff.xliff2js(text)) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, LocizeUnit>> };
  const units = Object.values(js.resources).flatMap((file) => Object.entries(file).map(([id, u]) => ({ id, ...u })));
  return { sourceLanguage: js.sourceLanguage, targetLanguage: js.targetLanguage, units };
}

const notesOf = (u: LocizeUnit): string[] => (u.note === undefined ? [] : Array.isArray(u.note) ? u.note : [u.note]);

/** Our own reader's view of an XLIFF file: each unit's source and target text, by unit id. */
function ownRead(file: string): Map<string, { source: string; target: string }> {
  const r = fbcoop(['align', file, '--format', 'json']);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Record<'source' | 'target', { segments: Array<{ text: string; unit: string }> }>;
  const units = new Map<string, { source: string; target: string }>();
  for (const side of ['source', 'target'] as const) {
    for (const s of json[side].segments) {
      const u = units.get(s.unit) ?? { source: '', target: '' };
      u[side] = u[side] ? `${u[side]} ${s.text}` : s.text;
      units.set(s.unit, u);
    }
  }
  return units;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The notes of an XLIFF 2.0 `<file>` itself (neither outside reader exposes them), parsed with fast-xml-parser. */
function fileNotes(file: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'note' });
  const notes = (parser.parse(readFileSync(file, 'utf8')) as { xliff: { file: { notes?: { note: Array<{ '#text': string }> } } } }).xliff.file.notes;
  return notes?.note.map((n) => n['#text']) ?? [];
}

/** `diff`'s findings on a pair, as the XLIFF writer words their notes. */
function diffNotes(source: string, target: string): Array<{ text: string; category: string; priority: string }> {
  const r = fbcoop(['diff', source, target, '--format', 'json']);
  const findings = (JSON.parse(r.stdout) as { findings: Array<{ rule: string; severity: string; message: string }> }).findings;
  const priority: Record<string, string> = { error: '1', warning: '3', info: '5' };
  return findings.map((f) => ({ text: `${f.rule} (${f.severity}): ${f.message}`, category: `fbcoop:${f.rule}`, priority: priority[f.severity] }));
}

/** `align fr en-b --format xliff` in a file, and diff's findings on the pair: written once, read by each reader. */
const seed = (() => {
  let cached: { file: string; findings: ReturnType<typeof diffNotes> } | undefined;
  return () => {
    if (!cached) {
      const file = join(tempDir(), 'review.xlf');
      expect(fbcoop(['align', SEED.fr, SEED.enB, '--format', 'xliff', '-o', file]).code).toBe(0);
      cached = { file, findings: diffNotes(SEED.fr, SEED.enB) };
    }
    return cached;
  };
})();

/** Real files a translator could align, with text XML must escape and a name that needs it too. */
function awkwardPair(): [string, string] {
  const dir = tempDir();
  const source = join(dir, 'note "A&B" <1>.txt');
  const target = join(dir, 'target.txt');
  writeFileSync(source, 'Le prix passe de 5 € à 6 € & plus : voir <annexe> "B" ]]> fin.\n\nLa deuxième phrase\u0001 cite 𝔸 et שלום ici.\n');
  writeFileSync(target, 'The price rises from 5 € to 7 € & more: see <annex> "B" ]]> end.\n\nThe second sentence quotes 𝔸 and שלום here.\n');
  return [source, target];
}

describe('XLIFF against the OASIS schemas (libxml2)', () => {
  const dir = tempDir();
  const write = (name: string, args: string[]) => {
    const file = join(dir, name);
    const r = fbcoop(['align', ...args, '--format', 'xliff', '-o', file]);
    expect(r.code).toBe(0);
    return file;
  };
  const untranslated = join(dir, 'untranslated.xlf');
  writeFileSync(untranslated, '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="page.txt" source-language="fr" target-language="en" datatype="plaintext"><body>\n<trans-unit id="1"><source>Le prix est de cinq euros.</source></trans-unit>\n<trans-unit id="2"><source>La réunion a lieu le 27 février 2018.</source><target/></trans-unit>\n</body></file></xliff>\n');
  const files: Array<[string, string, Version]> = [
    ['fr → en-b (unsure units, the date error)', write('fr-en-b.xlf', [SEED.fr, SEED.enB]), '2.0'],
    ['en-a → fr', write('en-a-fr.xlf', [SEED.enA, SEED.fr]), '2.0'],
    ['fr → en-b, merged beads kept whole', write('whole.xlf', [SEED.fr, SEED.enB, '--no-split']), '2.0'],
    ['text XML must escape, in the texts and the file name', write('awkward.xlf', awkwardPair()), '2.0'],
    ['an untranslated XLIFF file: no pair at all', write('nothing.xlf', [untranslated]), '2.0'],
    ['fr → en-b in XLIFF 1.2', write('fr-en-b-12.xlf', [SEED.fr, SEED.enB, '--xliff-version', '1.2']), '1.2'],
    ['an untranslated XLIFF file in XLIFF 1.2', write('nothing-12.xlf', [untranslated, '--xliff-version', '1.2']), '1.2'],
  ];

  it.each(files)('xmllint-wasm: %s is valid', async (_, file, version) => {
    expect(await wasmErrors(readFileSync(file, 'utf8'), version)).toEqual([]);
  });

  it.skipIf(!xmllintFound).each(files)('xmllint --schema: %s is valid', (_, file, version) => {
    expect(xmllint(file, version)).toEqual({ valid: true, messages: `${file} validates\n` });
  });

  it('is checked for real: a review state XLIFF 2.0 does not have, or a file with no unit, is refused', async () => {
    const text = readFileSync(files[0][1], 'utf8');
    expect((await wasmErrors(text.replace('state="initial"', 'state="unsure"'), '2.0')).join('\n')).toMatch(/attribute 'state'.*'unsure' is not an element of the set/);
    expect((await wasmErrors(text.replace(/<unit [\s\S]*<\/unit>\n/, ''), '2.0')).join('\n')).toMatch(/Missing child element/);
  });
});

describe('XLIFF 2.0 read back by the npm xliff package (xliff2js)', () => {
  it('reads the units, texts and notes our reader and diff see, languages included', async () => {
    const { file, findings } = seed();
    const read = await locizeRead(readFileSync(file, 'utf8'));
    expect([read.sourceLanguage, read.targetLanguage]).toEqual(['fr', 'en']);
    const own = ownRead(file);
    expect(read.units.length).toBeGreaterThan(45);
    expect(read.units.map((u) => [u.id, squash(u.source), squash(u.target)])).toEqual([...own].map(([id, u]) => [id, u.source, u.target]));
    // Every finding of diff is a note on some unit, but those that point at no unit (a title
    // with no counterpart): xliff2js skips the notes of a <file>. Every unit notes its lines.
    const notes = read.units.flatMap(notesOf);
    const onFile = fileNotes(file);
    for (const finding of findings) expect(notes.some((n) => n.startsWith(finding.text)) !== onFile.some((n) => n.startsWith(finding.text))).toBe(true);
    expect(notes.filter((n) => !n.startsWith('source lines')).length + onFile.length).toBe(findings.length);
    expect(read.units.every((u) => notesOf(u).some((n) => /^source lines \d+(-\d+)?, target lines \d+/.test(n)))).toBe(true);
    const dated = read.units.find((u) => u.target.includes('27 February 2017'));
    expect(notesOf(dated!).find((n) => n.startsWith('date-mismatch (error)'))).toContain('2018');
  });

  it('gets back exactly the characters XML had to escape', async () => {
    const [source, target] = awkwardPair();
    const r = fbcoop(['align', source, target, '--format', 'xliff']);
    expect(r.code).toBe(0);
    const read = await locizeRead(r.stdout);
    expect(read.units.map((u) => [u.source, u.target])).toEqual([
      ['Le prix passe de 5 € à 6 € & plus : voir <annexe> "B" ]]> fin.', 'The price rises from 5 € to 7 € & more: see <annex> "B" ]]> end.'],
      ['La deuxième phrase\uFFFD cite 𝔸 et שלום ici.', 'The second sentence quotes 𝔸 and שלום here.'],
    ]);
    expect(notesOf(read.units[0]).some((n) => n.startsWith('number-mismatch'))).toBe(true);
  });
});

describe.skipIf(!symfony)('XLIFF 2.0 read back by Symfony Translation (Debian php-symfony-translation)', () => {
  it('passes its schema check and reads the texts, and the findings as notes with category and priority', () => {
    const { file, findings } = seed();
    const read = symfonyRead(file);
    expect(read.stderr).toBe('');
    expect(read.code).toBe(0);
    // Symfony files a unit under its source text; the seed pair repeats none.
    const own = [...ownRead(file).values()];
    expect(read.units.map((u) => [squash(u.source), squash(u.target)])).toEqual(own.map((u) => [u.source, u.target]));
    // As with xliff2js, the notes of the <file> (findings that point at no unit) are not read.
    const notes = read.units.flatMap((u) => u.metadata.notes ?? []);
    const onFile = fileNotes(file);
    for (const finding of findings) {
      const onUnit = notes.some((n) => n.content.startsWith(finding.text) && n.category === finding.category && n.priority === finding.priority);
      expect(onUnit !== onFile.some((n) => n.startsWith(finding.text))).toBe(true);
    }
    const dated = read.units.find((u) => u.target.includes('27 February 2017'));
    expect(dated?.metadata.notes?.find((n) => n.category === 'fbcoop:date-mismatch')).toMatchObject({ priority: '1', content: expect.stringContaining('2018') });
    expect(read.units.every((u) => u.metadata.notes?.some((n) => n.category === 'fbcoop:location' && n.priority === '10'))).toBe(true);
  });

  it('reads the 1.2 file (after its 1.2 strict schema check) with the review state of the units the 2.0 file marks unsure', () => {
    const file = join(tempDir(), 'review-12.xlf');
    expect(fbcoop(['align', SEED.fr, SEED.enB, '--format', 'xliff', '--xliff-version', '1.2', '-o', file]).code).toBe(0);
    const read = symfonyRead(file);
    expect(read.stderr).toBe('');
    const states = read.units.map((u) => u.metadata['target-attributes']?.state);
    // Units are numbered alike in both versions (1.2 id "5" is 2.0 unit "u5").
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'unit' });
    const units20 = (parser.parse(readFileSync(seed().file, 'utf8')) as { xliff: { file: { unit: Array<{ segment: Record<string, string> }> } } }).xliff.file.unit;
    expect(states).toEqual(units20.map((u) => (u.segment['@_subState'] === 'fbcoop:unsure' ? 'needs-review-translation' : 'translated')));
    expect(states).toContain('needs-review-translation');
    const dated = read.units.find((u) => u.target.includes('27 February 2017'));
    expect(dated?.metadata.notes).toContainEqual({ from: 'fbcoop', priority: 1, content: expect.stringMatching(/^date-mismatch \(error\): .*2018/) });
  });

  it('reads a file whose alignment paired nothing (an empty group) without complaint', () => {
    const dir = tempDir();
    const untranslated = join(dir, 'untranslated.xlf');
    writeFileSync(untranslated, '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="1"><segment><source>Le prix est de cinq euros.</source></segment></unit></file></xliff>\n');
    const file = join(dir, 'review.xlf');
    expect(fbcoop(['align', untranslated, '--format', 'xliff', '-o', file]).code).toBe(0);
    expect(symfonyRead(file)).toEqual({ units: [], stderr: '', code: 0 });
  });
});
