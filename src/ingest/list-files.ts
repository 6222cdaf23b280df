/**
 * Corpus mode's file list: the text files among the paths given, folders walked
 * recursively, in one deterministic order.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { fileError } from './read-bytes.js';
import { binaryReason, bomlessUtf16Of, bomOf, SNIFF_LENGTH } from './sniff.js';
import { CONFIG_FILE_NAME } from './config-file.js';
import { isOwnReport } from './own-report.js';
import { detectBinary } from './formats/detect.js';

/** Bytes read from the end of a ZIP archive: its central directory names the entries (`word/document.xml`). */
const ZIP_TAIL_LENGTH = 1 << 16;

/** The per-folder ignore file, in gitignore syntax. */
export const IGNORE_FILE_NAME = '.fbcoopignore';

/**
 * Extensions of machine formats that are text but not documents (configs,
 * code, reports fbcoop itself writes): walking a folder never picks them.
 */
const MACHINE_EXTENSIONS = new Set([
  '.json', '.jsonl', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.lock', '.log',
  '.js', '.mjs', '.cjs', '.ts', '.py', '.sh', '.css',
  '.csv', '.tsv', '.sarif', '.svg',
]);

/** Extensions of documents: empty or binary files with these are reported by `check` instead of hidden. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** Options for `listTextFiles`. */
export interface ListOptions {
  /** Extra gitignore-style patterns, relative to each folder given (or to `cwd` for files given). */
  ignore?: string[];
  /** Folder the paths are relative to (default: the process's working directory). */
  cwd?: string;
}

/** What `listTextFiles` found. */
export interface ListResult {
  /** Text files, as paths built from the ones given, sorted. */
  files: string[];
  /** Paths that could not be listed (missing, unreadable, binary when named), one line each. */
  problems: { path: string; message: string }[];
  /** Files met while walking a folder that are in no format fbcoop reads (an image, a spreadsheet), with why. */
  skipped: { path: string; reason: string }[];
}

/**
 * The text files among `paths`: files as given, folders walked recursively
 * (dot-entries and `node_modules` skipped, `.fbcoopignore` honoured), files
 * chosen by content, not by extension. Never throws for a bad path.
 * @param paths files and folders, as the user gave them
 */
export function listTextFiles(paths: string[], options: ListOptions = {}): ListResult {
  const cwd = options.cwd ?? process.cwd();
  const walker = new Walker(options.ignore ?? []);
  for (const given of paths) walker.add(given, nodePath.resolve(cwd, given), cwd);
  const files = [...walker.files.values()].sort(comparePaths);
  return { files, problems: walker.problems, skipped: walker.skipped };
}

class Walker {
  /** Absolute path → path to show, so that a file reached twice is listed once. */
  readonly files = new Map<string, string>();
  readonly problems: { path: string; message: string }[] = [];
  readonly skipped: { path: string; reason: string }[] = [];
  private readonly visitedDirs = new Set<string>();

  constructor(private readonly extraPatterns: string[]) {}

  add(given: string, absolute: string, cwd: string): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      this.problem(given, fileError(given, error).message);
      return;
    }
    if (stat.isDirectory()) {
      const rules = ignore().add(this.extraPatterns);
      this.readIgnoreFile(given, absolute, rules);
      this.walk(given, absolute, '', rules);
      return;
    }
    const relative = nodePath.relative(cwd, absolute).split(nodePath.sep).join('/');
    if (this.extraPatterns.length > 0 && ignore.isPathValid(relative) && ignore().add(this.extraPatterns).ignores(relative)) {
      return;
    }
    // A file named explicitly is listed unless it is not text: the user asked for it.
    if (stat.isFile()) {
      const sniffed = this.sniff(given, absolute);
      if (sniffed === 'unreadable') return;
      if (sniffed !== 'text' && sniffed !== 'empty' && sniffed !== 'document') {
        this.problem(given, `${given}: binary file (${sniffed}), not text`);
        return;
      }
    }
    this.files.set(absolute, given);
  }

  private walk(display: string, absolute: string, relative: string, rules: Ignore): void {
    // A folder is known by device and inode, not by its real path: realpath() reads every
    // component of the path (glibc's readlink per level), which made walking quadratic in depth
    // (1,500 nested folders took 25 s, issue 11); stat() walks the path inside the kernel.
    let id: string;
    try {
      const stat = fs.statSync(absolute);
      id = `${stat.dev}:${stat.ino}`;
    } catch (error) {
      this.problem(display, fileError(display, error).message);
      return;
    }
    // A symbolic link back up the tree would otherwise loop forever.
    if (this.visitedDirs.has(id)) return;
    this.visitedDirs.add(id);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      this.problem(display, fileError(display, error).message);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const childAbsolute = nodePath.join(absolute, entry.name);
      const childDisplay = nodePath.join(display, entry.name);
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(childAbsolute);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          this.problem(childDisplay, `${childDisplay}: broken link (${(error as NodeJS.ErrnoException).code ?? 'cannot follow'})`);
          continue;
        }
      }
      if (isDir) {
        if (!rules.ignores(`${childRelative}/`)) this.walk(childDisplay, childAbsolute, childRelative, rules);
      } else if (isFile && !rules.ignores(childRelative) && this.isCandidate(entry.name)) {
        const sniffed = this.sniff(childDisplay, childAbsolute, true);
        // A file named as text that is empty or binary is a bad document, reported; other binaries (images, PDFs) are not documents.
        const namedText = TEXT_EXTENSIONS.has(nodePath.extname(entry.name).toLowerCase());
        if (sniffed === 'text' || sniffed === 'document' || (sniffed === 'empty' && namedText)) this.files.set(childAbsolute, childDisplay);
        else if (namedText && sniffed !== 'unreadable' && sniffed !== 'empty' && sniffed !== 'report') this.problem(childDisplay, `${childDisplay}: binary file (${sniffed}), not text`);
        else if (sniffed !== 'unreadable' && sniffed !== 'empty' && sniffed !== 'report') this.skipped.push({ path: childDisplay, reason: `not a format fbcoop reads (${sniffed})` });
      }
    }
  }

  private isCandidate(name: string): boolean {
    return name !== CONFIG_FILE_NAME && !MACHINE_EXTENSIONS.has(nodePath.extname(name).toLowerCase());
  }

  private readIgnoreFile(display: string, absolute: string, rules: Ignore): void {
    const file = nodePath.join(absolute, IGNORE_FILE_NAME);
    try {
      rules.add(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.problem(nodePath.join(display, IGNORE_FILE_NAME), fileError(nodePath.join(display, IGNORE_FILE_NAME), error).message);
    }
  }

  /**
   * `text`, `document` (a binary format fbcoop reads: DOCX, ODT, PDF), `empty`, `unreadable` (a
   * problem is recorded), `report` (one of fbcoop's own outputs, when `reports` asks) or the
   * reason the file is in no format fbcoop reads.
   */
  private sniff(display: string, absolute: string, reports = false): string {
    let head: Uint8Array;
    try {
      head = readHead(absolute);
      if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b) head = Buffer.concat([head, readTail(absolute)]);
    } catch (error) {
      this.problem(display, fileError(display, error).message);
      return 'unreadable';
    }
    if (head.length === 0) return 'empty';
    if (bomOf(head) !== undefined || bomlessUtf16Of(head) !== undefined) return 'text';
    const binary = detectBinary(head);
    if (binary !== undefined) return 'format' in binary ? 'document' : binary.unsupported;
    const reason = binaryReason(head);
    if (reason !== undefined) return reason;
    // fbcoop's own outputs written into the folder it checks (a text report, the HTML report) are no documents of it.
    if (reports && (isOwnReport(head) || Buffer.from(head).toString('latin1').includes('<meta name="generator" content="fbcoop">'))) return 'report';
    return 'text';
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

/** The first bytes of a file, without reading the rest. */
function readHead(absolute: string): Uint8Array {
  const fd = fs.openSync(absolute, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_LENGTH);
    const n = fs.readSync(fd, buffer, 0, SNIFF_LENGTH, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** The last bytes of a file (a ZIP archive's central directory). */
function readTail(absolute: string): Uint8Array {
  const fd = fs.openSync(absolute, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const length = Math.min(size, ZIP_TAIL_LENGTH);
    const buffer = Buffer.alloc(length);
    const n = fs.readSync(fd, buffer, 0, length, size - length);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Order paths folder by folder (code-unit order per component), independent of locale. */
function comparePaths(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}
