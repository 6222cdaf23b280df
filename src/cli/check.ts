/** `fbcoop check` and `fbcoop merge-reports`: corpus mode on the command line. */
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { readLexicon } from '../align/index.js';
import {
  checkCorpus,
  mergeReports,
  optionsFromConfig,
  parseBaseline,
  parseConfig,
  printConfig,
  writeBaseline,
  type Config,
  type CorpusOptions,
  type CorpusReport,
  type InputProblem,
} from '../corpus/index.js';
import { FbcoopError } from '../errors.js';
import { checkSameRun, validateCorpusReport } from '../corpus/report-shape.js';
import { listTextFiles, loadDocument, readConfigFile, readDocument, readOptionalText } from '../ingest/index.js';
import { shouldFail } from '../pipeline.js';
import { corpusPieces, FORMATS, type CorpusFormat, type ReportFormat } from '../report/index.js';
import type { Document, Severity } from '../types.js';
import { type CommonFlags, maxInputOf, outputOf, readAll, writeOutput } from './io.js';
import type { CliIo } from './main.js';
import { glossaryOf, granularityOf, lexiconLangsOf, shardOf } from './options.js';
import { progressBar } from './progress.js';

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;

interface CheckFlags extends CommonFlags {
  format: CorpusFormat;
  failOn?: Severity | 'never';
  source?: string;
  config?: string;
  printConfig?: boolean;
  baseline?: string;
  writeBaseline?: string;
  shard?: string;
  jobs?: string;
  lexicon?: string;
  lexiconLangs?: string;
  glossary?: string;
  revisions?: 'accepted' | 'original';
}

/** Register the corpus commands on the program. */
export function addCheckCommands(program: Command, common: (cmd: Command) => Command, io: CliIo, setExit: (code: number) => void): void {
  const check = common(
    program
      .command('check')
      .description('a whole corpus: group the versions of each text, compare them, report')
      .argument('<path...>', 'files and folders (folders are walked; documents are found by content: text, Markdown, HTML, XLIFF, TMX, DOCX, ODT, PDF); - for standard input')
      .addOption(new Option('--format <name>', 'output format').choices([...FORMATS.corpus]).default('text'))
      .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1 (default: error, or the config\'s failOn)').choices([...FAIL_LEVELS]))
      .option('--source <file>', 'the reference (original) version of the group it belongs to')
      .option('--config <file>', `configuration file (default: the nearest fbcoop.config.json upwards)`)
      .option('--print-config', 'print the configuration in force and exit')
      .option('--baseline <file>', 'do not report the findings accepted in this baseline file')
      .option('--write-baseline <file>', 'accept every finding of this run: write them to a baseline file')
      .option('--shard <k/n>', 'compare only the groups of shard k of n (merge the JSON outputs with merge-reports)')
      .option('--jobs <n>', 'worker threads for the comparisons (default: one per CPU on a corpus big enough to gain from them)')
      .option('--lexicon <file>', 'TSV of known word translations (source<TAB>target) to help the aligner; a first line such as fr-en names its languages')
      .option('--lexicon-langs <pair>', 'languages of the lexicon\'s two columns, such as fr-en: each pair of versions gets it in its own direction')
      .option('--glossary <file>', 'termbase (TBX, or CSV/TSV with a header of languages): checks terms (rule terminology); default: the config\'s glossary')
      .addOption(new Option('--revisions <which>', 'documents with tracked changes: read them with the changes accepted, or as they were').choices(['accepted', 'original']).default('accepted'))
      .addHelpText(
        'after',
        `
Examples:
  $ fbcoop check fixtures/corpus
  $ fbcoop check communiques/ --format html -o report.html
  $ fbcoop check communiques/ --source communiques/2018_fr.txt --fail-on warning
  $ fbcoop check communiques/ --format sarif -o fbcoop.sarif
  $ fbcoop check communiques/ --shard 2/4 --format json -o shard-2.json

Groups the documents that are versions of one text (across languages and within
one), picks each group's reference and says why, compares the reference with
every other version, and merges what several pairs say about one place.
A file that cannot be read is an error-level "input" finding; exit 2 only when
nothing can be read.`,
      ),
  );
  check.action(async (paths: string[], flags: CheckFlags) => {
    const config = loadConfig(io, flags.config);
    if (flags.printConfig) {
      await writeOutput(printConfig(config.config), outputOf(flags, io), io);
      setExit(0);
      return;
    }
    const options: CorpusOptions = { ...optionsFromConfig(config.config) };
    // The flag wins over the config only when given: commander's default is not a choice the user made.
    if (check.getOptionValueSource('granularity') !== 'default' || options.granularity === undefined) options.granularity = granularityOf(flags.granularity);
    if (flags.source !== undefined) options.sourcePath = flags.source;
    if (flags.shard !== undefined) options.shard = shardOf(flags.shard);
    options.workers = jobsOf(flags.jobs);
    if (flags.lexicon !== undefined) {
      const lexicon = readLexicon(readOptionalText(flags.lexicon));
      options.lexicon = lexicon.pairs;
      const langs = lexiconLangsOf(flags.lexiconLangs) ?? lexicon.langs;
      if (langs) options.lexiconLangs = langs;
    }
    const glossary = flags.glossary ?? (config.config.glossary !== undefined && config.path ? resolve(dirname(config.path), config.config.glossary) : undefined);
    if (glossary !== undefined) options.glossary = glossaryOf(glossary);
    if (flags.baseline !== undefined && flags.writeBaseline === undefined) options.baseline = parseBaseline(readDocument(flags.baseline).value, flags.baseline).fingerprints;
    if (flags.format === 'html') options.keepPairs = true;

    const maxBytes = maxInputOf(flags.maxInput);
    const stdin = paths.includes('-') ? await readAll(io.stdin, maxBytes) : undefined;
    const { documents, problems, skipped } = await readCorpus(paths, config.config.ignore ?? [], io.cwd, { maxBytes, stdin, revisions: flags.revisions });
    if (!flags.quiet) for (const k of skipped) io.stderr.write(`fbcoop: note: ${k.path}: skipped, ${k.reason}\n`);
    if (flags.source !== undefined && !documents.some((d) => resolve(io.cwd, d.path) === resolve(io.cwd, flags.source!))) {
      throw new FbcoopError('E_USAGE', `--source ${flags.source}: not among the documents checked`);
    }
    const progress = flags.quiet ? undefined : progressBar(io.stderr, 'fbcoop: checking');
    if (progress) options.onProgress = (done, total) => progress.update(done, total);
    let report: CorpusReport;
    try {
      report = await checkCorpus(documents, problems, options);
    } finally {
      progress?.stop();
    }
    // The report first, then the baseline, then the notes: a run that fails writes no baseline
    // and says one line, its error (issue 11).
    const out = outputOf(flags, io);
    // A baseline just written accepts every finding of the run: nothing fails, in the exit code or in JUnit.
    const failOn = flags.writeBaseline === undefined ? flags.failOn ?? config.config.failOn ?? 'error' : 'never';
    await writeOutput(corpusPieces(report, flags.format, { ...out.formatOptions, failOn }), out, io);
    if (flags.writeBaseline !== undefined) {
      await writeOutput(writeBaseline(report.findings), { file: flags.writeBaseline, formatOptions: {} }, io);
    }
    if (!flags.quiet) {
      for (const d of documents) for (const n of d.notes) io.stderr.write(`fbcoop: note: ${d.path}: ${n}\n`);
      if (flags.writeBaseline !== undefined) io.stderr.write(`fbcoop: accepted ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in ${flags.writeBaseline}\n`);
    }
    setExit(shouldFail(report.findings, failOn) ? 1 : 0);
  });

  common(
    program
      .command('merge-reports')
      .description('merge the JSON reports of `check --shard` jobs into the report of one run')
      .argument('<report...>', 'outputs of `fbcoop check --format json` (one per shard)')
      .addOption(new Option('--format <name>', 'output format').choices([...FORMATS.report]).default('json'))
      .addOption(new Option('--fail-on <level>', 'lowest severity that makes the exit code 1').choices([...FAIL_LEVELS]).default('error'))
      .addHelpText('after', '\nExamples:\n  $ fbcoop merge-reports shard-*.json -o report.json\n  $ fbcoop merge-reports shard-*.json --format sarif -o fbcoop.sarif'),
  ).action(async (files: string[], flags: CommonFlags & { format: ReportFormat; failOn: Severity | 'never' }) => {
    const reports = files.map((path) => ({ path, report: readReport(path) }));
    checkSameRun(reports);
    const report = mergeReports(reports.map((r) => r.report));
    const out = outputOf(flags, io);
    await writeOutput(corpusPieces(report, flags.format, { ...out.formatOptions, failOn: flags.failOn }), out, io);
    setExit(shouldFail(report.findings, flags.failOn) ? 1 : 0);
  });
}

/** The configuration in force: `--config`, else the nearest `fbcoop.config.json`, else none. */
function loadConfig(io: CliIo, explicit: string | undefined): { config: Config; path?: string } {
  const found = readConfigFile(io.cwd, explicit);
  if (!found) return { config: {} };
  return { config: parseConfig(found.text, found.path), path: found.path };
}

/**
 * The documents of a corpus: every text file under the paths, read; files that cannot
 * be read, and folders with no text file, become problems (`input` findings).
 * @throws FbcoopError when nothing at all can be read (exit 2)
 */
async function readCorpus(
  paths: string[],
  ignore: string[],
  cwd: string,
  input: { maxBytes: number; stdin?: Uint8Array; revisions?: 'accepted' | 'original' },
): Promise<{ documents: Document[]; problems: InputProblem[]; skipped: { path: string; reason: string }[] }> {
  const problems: InputProblem[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const files = new Map<string, string>();
  for (const given of paths) {
    // `-` is standard input, read once by the caller, as in the other commands.
    if (given === '-') {
      files.set('-', '-');
      continue;
    }
    const listed = listTextFiles([given], { ignore, cwd });
    for (const p of listed.problems) problems.push(p);
    for (const k of listed.skipped) skipped.push(k);
    if (listed.files.length === 0 && listed.problems.length === 0) problems.push({ path: given, message: `${given}: no text files found` });
    for (const f of listed.files) files.set(resolve(cwd, f), f);
  }
  const documents: Document[] = [];
  for (const path of files.values()) {
    try {
      documents.push(await loadDocument(path, { stdin: () => input.stdin ?? new Uint8Array(), maxBytes: input.maxBytes, revisions: input.revisions }));
    } catch (error) {
      if (!(error instanceof FbcoopError)) throw error;
      // A file in a format fbcoop does not read (an XML of another kind) is no document: skipped, not an error.
      if (error.code === 'E_INPUT_UNSUPPORTED') skipped.push({ path, reason: error.message.replace(`${path}: `, '') });
      else problems.push({ path, message: error.message });
    }
  }
  if (documents.length === 0) {
    const first = problems[0]?.message ?? `${paths.join(' ')}: no text files found`;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more file${problems.length > 2 ? 's' : ''} that could not be read)` : '';
    throw new FbcoopError('E_INPUT_UNREADABLE', `nothing to check: ${first}${more}`);
  }
  return { documents, problems, skipped };
}

/** `--jobs`: a positive integer; `auto` (the CPUs, when the corpus is big enough) when absent. */
function jobsOf(value: string | undefined): number | 'auto' {
  if (value === undefined) return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FbcoopError('E_USAGE', `--jobs ${value}: expected a whole number of threads, 1 or more`);
  return n;
}

/** A JSON report of `check` (one shard's output). */
function readReport(path: string): CorpusReport {
  const text = readDocument(path).value;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FbcoopError('E_USAGE', `${path}: not a JSON report (${error instanceof Error ? error.message : String(error)})`, error);
  }
  return validateCorpusReport(data, path);
}
