/**
 * The command line: declares the commands, maps flags to options, calls the
 * library, writes the output and resolves to an exit code (0 clean, 1
 * findings at or above --fail-on, 2 could not run). Only `bin/` exits.
 */
import { Command, CommanderError, Option } from 'commander';
import { FbcoopError } from '../errors.js';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_INPUT_BYTES, formatSize, loadDocument, readDocument, readOptionalText } from '../ingest/index.js';
import { align, lexiconMatches, orientLexicon, readLexicon } from '../align/index.js';
import { alignDocuments, analyze, isBilingual, prepare, shouldFail, sidesOf } from '../pipeline.js';
import { alignmentPieces, formatAlignments, formatSegments, MULTI_ALIGN_FORMATS, reportPieces, readsSegmentLanguages } from '../report/index.js';
import type { AlignFormat, ReportFormat, SegmentFormat } from '../report/index.js';
import type { Alignment, Document, Severity } from '../types.js';
import { addCheckCommands } from './check.js';
import { addTermsCommand } from './terms.js';
import { type CommonFlags, guardPipe, lateOutputFailure, maxInputOf, outputOf, readAll, writeOutput } from './io.js';
import { glossaryOf, granularityOf, langOf, lexiconLangsOf, segmentationOf } from './options.js';

/** What the CLI reads and writes, injected so tests can run it in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

/** Run fbcoop with arguments (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  guardPipe(io);
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  const usage = usageError(program, argv);
  if (usage) return handleError(usage, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    const late = lateOutputFailure(io);
    return late ? handleError(late, io) : exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

/**
 * Bad usage commander lets through as help (exit 0): no command at all, and `help` of a
 * command that does not exist. The contract says bad usage is exit 2, with one line.
 */
function usageError(program: Command, argv: string[]): FbcoopError | undefined {
  const names = program.commands.map((c) => c.name());
  const list = `commands: ${names.join(', ')}; fbcoop --help for more`;
  if (argv.length === 0) return new FbcoopError('E_USAGE', `no command given (${list})`);
  if (argv[0] === 'help' && argv.length > 1 && !names.includes(argv[1])) {
    return new FbcoopError('E_USAGE', `help ${argv[1]}: no such command (${list})`);
  }
  return undefined;
}

function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; commander has already printed them.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  const debug = io.env.FBCOOP_DEBUG === '1';
  // One line, whatever the message holds (a parser's message may span several).
  const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, ' ');
  if (error instanceof FbcoopError) {
    io.stderr.write(`fbcoop: ${oneLine(error.message)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`fbcoop: ${oneLine(message)}${debug ? '' : ' (set FBCOOP_DEBUG=1 for details)'}\n`);
  }
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 2;
}

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('fbcoop')
    .description('Diff and align official texts across languages and versions.')
    .version(VERSION, '--version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One clear line: commander's own errors already start with "error:".
      // One line even with a suggestion ("(Did you mean --format?)" comes on a line of its own).
      outputError: (s, write) => write(`fbcoop: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ fbcoop segment communique_fr.txt
  $ fbcoop align original_fr.txt translation_en.txt --format tmx -o memory.tmx
  $ fbcoop diff original_fr.txt translation_en.txt
  $ fbcoop check fixtures/corpus --format sarif -o fbcoop.sarif

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 could not run.`,
    );

  const common = (cmd: Command): Command =>
    cmd
      .option('-o, --output <file>', 'write to a file instead of standard output')
      .option('--no-color', 'no colours (also NO_COLOR=1)')
      .option('-q, --quiet', 'print nothing but the output (no notes on stderr)')
      .addOption(new Option('--granularity <unit>', 'cut into sentences or clauses').choices(['sentence', 'clause']).default('sentence'))
      .option('--max-input <size>', `most bytes read from standard input or a pipe or device (default ${formatSize(DEFAULT_MAX_INPUT_BYTES).replace(' ', '')}; e.g. 1G)`);

  const pairOptions = (cmd: Command): Command =>
    common(cmd)
      .option('--source-lang <code>', 'language of the source (ISO 639-1); detected when absent')
      .option('--target-lang <code>', 'language of the target (ISO 639-1); detected when absent')
      .addOption(new Option('--segmentation <mode>', 'auto: reflow and cut; lines: one segment per line').choices(['auto', 'lines']).default('auto'))
      .option('--lexicon <file>', 'TSV of known word translations (source<TAB>target) to help the aligner; a first line such as fr-en names its languages')
      .option('--lexicon-langs <pair>', 'languages of the lexicon\'s two columns, such as fr-en (applied reversed to an en → fr pair)')
      .option('--glossary <file>', 'termbase (TBX, or CSV/TSV with a header of languages): checks terms (rule terminology) and helps the aligner')
      .addOption(revisionsOption());

  common(
    program
      .command('segment')
      .description('show how a document is read and cut into segments')
      .argument('<file>', 'the document (- for standard input)')
      .addOption(new Option('--format <name>', 'output format (txt: the clean text as read, one segment per line)').choices(['text', 'json', 'txt']).default('text'))
      .option('--paragraphs', 'with --format txt: one paragraph per block (blank line between) instead of one segment per line')
      .option('--lang <code>', 'language of the document (ISO 639-1); detected when absent')
      .addOption(revisionsOption())
      .addHelpText('after', '\nExamples:\n  $ fbcoop segment communique_fr.txt\n  $ fbcoop segment communique_fr.txt --format json --granularity clause\n  $ fbcoop segment communique_fr.txt --format txt -o clean_fr.txt     # for a CAT tool, with align --format tmx\n  $ cat draft.txt | fbcoop segment - --lang en'),
  ).action(async (file: string, flags: CommonFlags & { format: SegmentFormat; lang?: string; paragraphs?: boolean; revisions?: Revisions }) => {
    let [doc] = await readInputs([file], io, flags);
    // A bilingual file is cut on its source side; `align` shows both sides unit by unit.
    if (isBilingual(doc)) doc = sidesOf(doc)[0];
    const segmented = prepare(doc, { granularity: granularityOf(flags.granularity), lang: langOf(flags.lang, '--lang') });
    const out = outputOf(flags, io);
    await writeOutput(formatSegments(segmented, flags.format, { ...out.formatOptions, paragraphs: flags.paragraphs }), out, io);
    notes(io, flags, [doc]);
    setExit(0);
  });

  pairOptions(
    program
      .command('align')
      .description('pair equivalent segments of two versions or languages')
      .argument('<source>', 'the reference version (- for standard input); with several targets, the pivot; an XLIFF or TMX file alone: its units')
      .argument('[targets...]', 'the version(s) to pair with it (three or more versions: text, tsv and html)')
      .addOption(new Option('--format <name>', 'output format (html: the review page)').choices(['text', 'json', 'tsv', 'tmx', 'xliff', 'html', 'beads']).default('text'))
      .option('--no-split', 'tmx, xliff: keep merged beads whole instead of cutting them into sentence-level units where safe')
      .addOption(new Option('--xliff-version <v>', 'xliff: XLIFF 2.0 or 1.2').choices(['2.0', '1.2']).default('2.0'))
      .addHelpText('after', '\nExamples:\n  $ fbcoop align original_fr.txt translation_en.txt\n  $ fbcoop align original_fr.txt translation_en.txt --format tmx -o memory.tmx\n  $ fbcoop align original_fr.txt translation_en.txt --format xliff --xliff-version 1.2 -o review.xlf\n  $ fbcoop align original_fr.txt translation_en.txt --format html -o review.html\n  $ fbcoop align original_fr.txt web_en.txt pdf_en.txt   # three versions, pivoting on the first\n  $ fbcoop align src.txt tgt.txt --segmentation lines --format beads'),
  ).action(async (source: string, targets: string[], flags: PairFlags & { format: AlignFormat; split: boolean; xliffVersion: '2.0' | '1.2'; revisions?: Revisions }) => {
    if (targets.length > 1) return alignMany(source, targets, flags);
    const [src, tgt] = await readPair(source, targets[0], io, flags);
    const options = await pairAnalyzeOptions(flags, io);
    // XLIFF carries diff's findings as notes on their units: the whole pipeline, not just the aligner.
    const { alignment, report } = flags.format === 'xliff' ? analyze(src, tgt, options) : { alignment: alignDocuments(src, tgt, { ...options, segmentLanguages: readsSegmentLanguages(flags.format) }), report: undefined };
    const out = outputOf(flags, io);
    await writeOutput(alignmentPieces(alignment, flags.format, { ...out.formatOptions, split: flags.split, xliffVersion: flags.xliffVersion, findings: report?.findings }), out, io);
    notes(io, flags, [src, tgt]);
    lexiconNotes(io, flags, options, alignment);
    setExit(0);
  });

  /** `align A B C…`: the first document against each of the others, in one table or page. */
  async function alignMany(source: string, targets: string[], flags: PairFlags & { format: AlignFormat }): Promise<void> {
    if (!MULTI_ALIGN_FORMATS.includes(flags.format)) {
      throw new FbcoopError('E_USAGE', `--format ${flags.format} takes two documents; with three or more use ${MULTI_ALIGN_FORMATS.join(', ')}`);
    }
    if (flags.targetLang !== undefined) throw new FbcoopError('E_USAGE', '--target-lang applies to one target; with several, each is detected');
    const docs = await readInputs([source, ...targets], io, flags);
    const options = await pairAnalyzeOptions(flags, io);
    const segmentLanguages = readsSegmentLanguages(flags.format);
    const pivot = prepare(docs[0], { ...options, lang: options.sourceLang, segmentLanguages });
    const alignments = docs.slice(1).map((d) => {
      const target = prepare(d, { ...options, segmentLanguages });
      return { source: pivot, target, beads: align(pivot, target, options) };
    });
    const out = outputOf(flags, io);
    notes(io, flags, docs);
    await writeOutput(formatAlignments(alignments, flags.format, out.formatOptions), out, io);
    setExit(0);
  }

  pairOptions(
    program
      .command('diff')
      .description('report divergences between two versions or languages')
      .argument('<source>', 'the reference version (- for standard input); an XLIFF or TMX file alone: its units')
      .argument('[target]', 'the version checked against it')
      .addOption(new Option('--format <name>', 'output format').choices(['text', 'json', 'sarif', 'github', 'junit']).default('text'))
      .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1').choices([...FAIL_LEVELS]).default('error'))
      .addHelpText('after', '\nExamples:\n  $ fbcoop diff original_fr.txt translation_en.txt\n  $ fbcoop diff draft1.txt draft2.txt --fail-on warning\n  $ fbcoop diff fr.txt en.txt --format sarif -o fbcoop.sarif'),
  ).action(async (source: string, target: string | undefined, flags: PairFlags & { format: ReportFormat; failOn: Severity | 'never' }) => {
    const [src, tgt] = await readPair(source, target, io, flags);
    const options = await pairAnalyzeOptions(flags, io);
    const { alignment, report } = analyze(src, tgt, options);
    const out = outputOf(flags, io);
    await writeOutput(reportPieces(report, flags.format, { ...out.formatOptions, failOn: flags.failOn }), out, io);
    notes(io, flags, [src, tgt]);
    lexiconNotes(io, flags, options, alignment);
    const [a, b] = report.documents;
    // One file's two sides in one language is most often a wrong declaration (po2xliff writes en-US whatever the text).
    if (!flags.quiet && src.side === 'source' && tgt.side === 'target' && a.language === b.language && a.language !== 'und') {
      io.stderr.write(`fbcoop: note: ${src.path}: both sides read as ${a.language}; if the file declares a wrong language, give --source-lang and --target-lang\n`);
    }
    setExit(shouldFail(report.findings, flags.failOn) ? 1 : 0);
  });

  addCheckCommands(program, common, io, setExit);
  addTermsCommand(program, common, io, setExit);
  return program;
}

/** `--revisions`: how to read documents with tracked changes. */
type Revisions = 'accepted' | 'original';

function revisionsOption(): Option {
  return new Option('--revisions <which>', 'documents with tracked changes: read them with the changes accepted, or as they were').choices(['accepted', 'original']).default('accepted');
}

interface PairFlags extends CommonFlags {
  revisions?: Revisions;
  sourceLang?: string;
  targetLang?: string;
  segmentation: string;
  lexicon?: string;
  lexiconLangs?: string;
  glossary?: string;
}

async function pairAnalyzeOptions(flags: PairFlags, io: CliIo) {
  const read = flags.lexicon !== undefined ? readLexicon(readOptionalText(flags.lexicon)) : undefined;
  const lexicon = read?.pairs;
  const lexiconLangs = lexiconLangsOf(flags.lexiconLangs) ?? read?.langs;
  void io;
  return {
    granularity: granularityOf(flags.granularity),
    segmentation: segmentationOf(flags.segmentation),
    sourceLang: langOf(flags.sourceLang, '--source-lang'),
    targetLang: langOf(flags.targetLang, '--target-lang'),
    lexicon,
    lexiconLangs,
    glossary: flags.glossary !== undefined ? glossaryOf(flags.glossary) : undefined,
  };
}

/** Read the inputs, in any format fbcoop reads; standard input (`-`) at most once. */
async function readInputs(paths: string[], io: CliIo, flags: CommonFlags & { revisions?: Revisions }): Promise<Document[]> {
  if (paths.filter((p) => p === '-').length > 1) {
    throw new FbcoopError('E_USAGE', 'standard input (-) can be read only once; give a file for the other side');
  }
  const maxBytes = maxInputOf(flags.maxInput);
  const stdin = paths.includes('-') ? await readAll(io.stdin, maxBytes) : undefined;
  const docs: Document[] = [];
  for (const p of paths) docs.push(await loadDocument(p, { stdin: () => stdin ?? new Uint8Array(), maxBytes, revisions: flags.revisions }));
  return docs;
}

/**
 * The two sides to compare. One XLIFF or TMX file alone gives its units' sources and targets,
 * already aligned; as one of two files it stands for its sources (as the source) or its targets.
 */
async function readPair(source: string, target: string | undefined, io: CliIo, flags: CommonFlags & { revisions?: Revisions }): Promise<[Document, Document]> {
  if (target === undefined) {
    const [doc] = await readInputs([source], io, flags);
    if (!isBilingual(doc)) throw new FbcoopError('E_USAGE', `missing the target: give two versions to compare (only an XLIFF or TMX file holds both sides; ${doc.path} does not)`);
    return sidesOf(doc);
  }
  const [src, tgt] = await readInputs([source, target], io, flags);
  if (source === target && isBilingual(src)) return sidesOf(src);
  return [isBilingual(src) ? sidesOf(src)[0] : src, isBilingual(tgt) ? sidesOf(tgt)[1] : tgt];
}

/** Least number of reversed matches, and their factor over the matches as given, for the "wrong way round" note. */
const REVERSED_MIN = 3;
const REVERSED_FACTOR = 2;

/** A note when the lexicon matches nothing in the two texts, or matches much more reversed. */
function lexiconNotes(io: CliIo, flags: PairFlags, options: { lexicon?: ReadonlyArray<readonly [string, string]>; lexiconLangs?: readonly [string, string] }, alignment: Alignment): void {
  if (flags.quiet || !options.lexicon || flags.lexicon === undefined) return;
  const { source, target } = alignment;
  const pairs = orientLexicon(options.lexicon, options.lexiconLangs, source.lang, target.lang);
  const name = flags.lexicon;
  if (options.lexicon.length === 0) {
    io.stderr.write(`fbcoop: note: ${name}: the lexicon is empty\n`);
    return;
  }
  if (pairs.length === 0) {
    io.stderr.write(`fbcoop: note: ${name}: a ${options.lexiconLangs!.join('-')} lexicon, not used for ${source.lang} → ${target.lang}\n`);
    return;
  }
  const { forward, reversed } = lexiconMatches(pairs, source.segments.map((s) => s.text), target.segments.map((s) => s.text));
  if (reversed >= REVERSED_MIN && reversed >= REVERSED_FACTOR * forward) {
    io.stderr.write(`fbcoop: note: ${name}: ${reversed} of its pairs occur the other way round in these texts against ${forward} as given; is it target<TAB>source? (name its languages with a first line such as ${target.lang}-${source.lang}, or --lexicon-langs)\n`);
  } else if (forward === 0) {
    io.stderr.write(`fbcoop: note: ${name}: none of its ${pairs.length} pairs has both words in these texts; it does nothing here\n`);
  }
}

/**
 * Reading notes (e.g. a Windows-1252 fallback) go to stderr so they never spoil the output,
 * and only once the output is written: a run that fails says one line, its error.
 */
function notes(io: CliIo, flags: CommonFlags, docs: Document[]): void {
  if (flags.quiet) return;
  // The two sides of one bilingual file share its notes: say them once.
  const said = new Set<string>();
  for (const d of docs) for (const n of d.notes) {
    const line = `fbcoop: note: ${d.path}: ${n}\n`;
    if (!said.has(line)) io.stderr.write(line);
    said.add(line);
  }
}
