/** The shapes corpus mode works with: options, groups, pair views and the corpus report. */
import type { Bead, Report, SegmentKind, Severity } from '../types.js';
import type { AnalyzeOptions } from '../pipeline.js';

/** A group of documents that are versions of one text. */
export interface CorpusGroup {
  /** `g1`, `g2`, … in the order of each group's first member path. */
  id: string;
  /** Member paths, sorted. */
  members: string[];
  /** The path of the version the others are compared against. */
  reference: string;
  /** Languages of the members, sorted, without duplicates. */
  languages: string[];
  /** Why that reference: config, `--source`, or the reasoned default with its figures. */
  reason: string;
}

/** A segment as the HTML report shows it. */
export interface PairSegment {
  id: string;
  kind: SegmentKind;
  text: string;
  line: number;
  endLine: number;
  start: number;
  end: number;
}

/** One compared pair with its alignment, for formats that draw versions side by side. */
export interface PairView {
  /** Id of the group the pair belongs to. */
  group: string;
  /** Path of the source side (the reference, or the language lead for same-language pairs). */
  source: string;
  /** Path of the target side. */
  target: string;
  sourceLanguage: string;
  targetLanguage: string;
  beads: Bead[];
  sourceSegments: PairSegment[];
  targetSegments: PairSegment[];
  /** Indices into the report's findings that this pair found (set by `checkCorpus`; absent after `mergeReports`). */
  findings?: number[];
}

/** What `check --format json` prints (plus `pairs`, which only the HTML report uses). */
export interface CorpusReport extends Report {
  groups: CorpusGroup[];
  /** The compared pairs with their alignments; present only when asked for (`keepPairs`), never printed as JSON. */
  pairs?: PairView[];
  /** In the report of one shard (`--shard k/n`): which, and how many groups the whole run has, so `merge-reports` can tell shards of one run. */
  shard?: { k: number; n: number; groups: number };
}

/** How a configuration names a group's reference: by language or by file. */
export interface ReferenceRule {
  /** ISO 639-1 code: the group's member in this language is the reference. */
  language?: string;
  /** Path (or path suffix) of the reference file. */
  file?: string;
}

/** Options of `checkCorpus`: the pipeline's (`AnalyzeOptions`, passed whole to every pair), and corpus mode's own. */
export interface CorpusOptions extends Omit<AnalyzeOptions, 'sourceLang' | 'targetLang' | 'documentChecks'> {
  /** Reference per group: one rule for all groups, or a list tried in order (first that matches a member wins). */
  reference?: ReferenceRule | readonly ReferenceRule[];
  /** The `--source` file: the reference of the group it belongs to. */
  sourcePath?: string;
  /** Language overrides: path glob → ISO 639-1 code. */
  languages?: Readonly<Record<string, string>>;
  /** Not used by the check itself (the CLI decides the exit code); accepted so a config maps straight to options. */
  failOn?: Severity | 'never';
  /** Compare only the groups of shard `k` of `n` (1-based `k`). */
  shard?: { k: number; n: number };
  /** Worker threads for the pairs (default 1: in-process); `auto`: the CPUs, when the corpus is big enough to pay for them. */
  workers?: number | 'auto';
  /** Fingerprints of accepted findings (from a baseline): not reported. */
  baseline?: Iterable<string>;
  /** Called as pairs and documents are checked: `done` of `total` tasks. */
  onProgress?: (done: number, total: number) => void;
  /** Keep each compared pair's alignment in `CorpusReport.pairs` (for the HTML report). */
  keepPairs?: boolean;
}

/** A file that could not be read, as the CLI hands it over. */
export interface InputProblem {
  path: string;
  /** One clear line naming the problem. */
  message: string;
}
