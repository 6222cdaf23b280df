/**
 * The command line: declares the commands, maps flags to options, calls the
 * library, writes the output and resolves to an exit code (0 clean, 1
 * findings at or above --fail-on, 2 could not run). Only `bin/` exits.
 */
import { Command, CommanderError, Option } from 'commander';
import { FbcoopError } from '../errors.js';
import { VERSION } from '../version.js';
import { DEFAULT_MAX_INPUT_BYTES, formatSize, loadDocument, readDocument } from '../ingest/index.js';
import { parseLexicon } from '../align/index.js';
import { alignDocuments, analyze, isBilingual, prepare, shouldFail, sidesOf } from '../pipeline.js';
import { formatAlignment, formatReport, formatSegments } from '../report/index.js';
import type { AlignFormat, ReportFormat, SegmentFormat } from '../report/index.js';
import type { Document, Severity } from '../types.js';
import { addCheckCommands } from './check.js';
import { type CommonFlags, guardPipe, lateOutputFailure, maxInputOf, outputOf, readAll, writeOutput } from './io.js';
import { granularityOf, langOf, segmentationOf } from './options.js';

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
      .option('--lexicon <file>', 'TSV of known word translations (source<TAB>target) to help the aligner')
      .addOption(revisionsOption());

  common(
    program
      .command('segment')
      .description('show how a document is read and cut into segments')
      .argument('<file>', 'the document (- for standard input)')
      .addOption(new Option('--format <name>', 'output format').choices(['text', 'json']).default('text'))
      .option('--lang <code>', 'language of the document (ISO 639-1); detected when absent')
      .addOption(revisionsOption())
      .addHelpText('after', '\nExamples:\n  $ fbcoop segment communique_fr.txt\n  $ fbcoop segment communique_fr.txt --format json --granularity clause\n  $ cat draft.txt | fbcoop segment - --lang en'),
  ).action(async (file: string, flags: CommonFlags & { format: SegmentFormat; lang?: string; revisions?: Revisions }) => {
    let [doc] = await readInputs([file], io, flags);
    // A bilingual file is cut on its source side; `align` shows both sides unit by unit.
    if (isBilingual(doc)) doc = sidesOf(doc)[0];
    const segmented = prepare(doc, { granularity: granularityOf(flags.granularity), lang: langOf(flags.lang, '--lang') });
    const out = outputOf(flags, io);
    await writeOutput(formatSegments(segmented, flags.format, out.formatOptions), out, io);
    notes(io, flags, [doc]);
    setExit(0);
  });

  pairOptions(
    program
      .command('align')
      .description('pair equivalent segments of two versions or languages')
      .argument('<source>', 'the reference version (- for standard input); an XLIFF or TMX file alone: its units')
      .argument('[target]', 'the version to pair with it')
      .addOption(new Option('--format <name>', 'output format').choices(['text', 'json', 'tsv', 'tmx', 'beads']).default('text'))
      .addHelpText('after', '\nExamples:\n  $ fbcoop align original_fr.txt translation_en.txt\n  $ fbcoop align original_fr.txt translation_en.txt --format tmx -o memory.tmx\n  $ fbcoop align src.txt tgt.txt --segmentation lines --format beads'),
  ).action(async (source: string, target: string | undefined, flags: PairFlags & { format: AlignFormat }) => {
    const [src, tgt] = await readPair(source, target, io, flags);
    const options = await pairAnalyzeOptions(flags, io);
    const alignment = alignDocuments(src, tgt, options);
    const out = outputOf(flags, io);
    await writeOutput(formatAlignment(alignment, flags.format, out.formatOptions), out, io);
    notes(io, flags, [src, tgt]);
    setExit(0);
  });

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
    const { report } = analyze(src, tgt, options);
    const out = outputOf(flags, io);
    await writeOutput(formatReport(report, flags.format, { ...out.formatOptions, failOn: flags.failOn }), out, io);
    notes(io, flags, [src, tgt]);
    const [a, b] = report.documents;
    // One file's two sides in one language is most often a wrong declaration (po2xliff writes en-US whatever the text).
    if (!flags.quiet && src.side === 'source' && tgt.side === 'target' && a.language === b.language && a.language !== 'und') {
      io.stderr.write(`fbcoop: note: ${src.path}: both sides read as ${a.language}; if the file declares a wrong language, give --source-lang and --target-lang\n`);
    }
    setExit(shouldFail(report.findings, flags.failOn) ? 1 : 0);
  });

  addCheckCommands(program, common, io, setExit);
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
}

async function pairAnalyzeOptions(flags: PairFlags, io: CliIo) {
  const lexicon = flags.lexicon ? parseLexicon(readDocument(flags.lexicon).value) : undefined;
  void io;
  return {
    granularity: granularityOf(flags.granularity),
    segmentation: segmentationOf(flags.segmentation),
    sourceLang: langOf(flags.sourceLang, '--source-lang'),
    targetLang: langOf(flags.targetLang, '--target-lang'),
    lexicon,
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
