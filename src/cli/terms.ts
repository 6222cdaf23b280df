/** `fbcoop terms`: bilingual term candidates from aligned versions, as text, CSV or TBX. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { align } from '../align/index.js';
import { featuresOf } from '../corpus/features.js';
import { components, findLinks } from '../corpus/group.js';
import { chooseReference } from '../corpus/reference.js';
import { FbcoopError } from '../errors.js';
import { listTextFiles, readDocument } from '../ingest/index.js';
import { prepare } from '../pipeline.js';
import { formatTerms, type TermsFormat } from '../report/formats/terms.js';
import { extractCandidates, mergeCandidates, MIN_OCCURRENCES, type TermCandidate } from '../terms/extract.js';
import type { SegmentedDocument } from '../types.js';
import { type CommonFlags, outputOf, writeOutput } from './io.js';
import type { CliIo } from './main.js';
import { granularityOf } from './options.js';

interface TermsFlags extends CommonFlags {
  format: TermsFormat;
  source?: string;
  minCount?: string;
}

/** Register `terms` on the program. */
export function addTermsCommand(program: Command, common: (cmd: Command) => Command, io: CliIo, setExit: (code: number) => void): void {
  common(
    program
      .command('terms')
      .description('bilingual term candidates from aligned versions (acronyms with their expansions, recurring phrases with their counterparts)')
      .argument('<path...>', 'the versions: files and folders (folders are walked)')
      .addOption(new Option('--format <name>', 'output format').choices(['text', 'csv', 'tbx']).default('text'))
      .option('--min-count <n>', `uses a phrase needs in the source to be a candidate (default ${MIN_OCCURRENCES}; acronyms need one)`)
      .option('--source <file>', 'the original version, the others being its translations (default: the version the others agree with most)')
      .addHelpText('after', '\nExamples:\n  $ fbcoop terms communique_fr.txt communique_en.txt\n  $ fbcoop terms fixtures/corpus --format tbx -o candidates.tbx\n  $ fbcoop terms fixtures/corpus --format csv -o glossary.csv   # then: fbcoop check … --glossary glossary.csv'),
  ).action(async (paths: string[], flags: TermsFlags) => {
    const listed = listTextFiles(paths, { cwd: io.cwd });
    if (listed.problems.length > 0) throw new FbcoopError('E_INPUT_UNREADABLE', listed.problems[0].message);
    if (listed.files.length < 2) throw new FbcoopError('E_USAGE', `${paths.join(' ')}: terms needs two versions or more of a text (an original and a translation)`);
    const granularity = granularityOf(flags.granularity);
    const minCount = minCountOf(flags.minCount);
    const docs = listed.files.map((f) => prepare(readDocument(f), { granularity }));
    const lists: TermCandidate[][] = [];
    // Files named one by one: the first is the original, as in `align A B C…`; folders: as `check` picks.
    const allFiles = paths.every((p) => p !== '-' && isFile(resolve(io.cwd, p)));
    for (const [source, targets] of pairsOf(docs, flags.source ?? (allFiles ? paths[0] : undefined), io.cwd)) {
      for (const target of targets) {
        if (target.lang === source.lang || target.lang === 'und' || source.lang === 'und') continue;
        lists.push(extractCandidates({ source, target, beads: align(source, target) }, { minCount }));
      }
    }
    if (lists.length === 0) throw new FbcoopError('E_USAGE', `${paths.join(' ')}: no two versions of one text in different languages`);
    const out = outputOf(flags, io);
    await writeOutput(formatTerms(mergeCandidates(lists), flags.format), out, io);
    setExit(0);
  });
}

/** Each group's reference with its other versions: `--source` leads its group, as in `check`. */
function pairsOf(docs: SegmentedDocument[], sourcePath: string | undefined, cwd: string): [SegmentedDocument, SegmentedDocument[]][] {
  if (sourcePath !== undefined && !docs.some((d) => resolve(cwd, d.document.path) === resolve(cwd, sourcePath))) {
    throw new FbcoopError('E_USAGE', `--source ${sourcePath}: not among the versions given`);
  }
  const features = docs.map(featuresOf);
  const out: [SegmentedDocument, SegmentedDocument[]][] = [];
  for (const members of components(docs.length, findLinks(features))) {
    if (members.length < 2) continue;
    const choice = chooseReference(members.map((m) => features[m]), [], sourcePath);
    const ref = members[choice.index];
    out.push([docs[ref], members.filter((m) => m !== ref).map((m) => docs[m])]);
  }
  return out;
}

/** `--min-count`: a whole number, 2 or more. */
function minCountOf(value: string | undefined): number {
  if (value === undefined) return MIN_OCCURRENCES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2) throw new FbcoopError('E_USAGE', `--min-count ${value}: expected a whole number, 2 or more`);
  return n;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
