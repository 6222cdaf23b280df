/**
 * Recognising fbcoop's own text outputs by their first lines, so that a report saved into
 * the corpus folder (`fbcoop check docs > docs/report.txt`) is not checked as a document on
 * the next run (issue 11). JSON, SARIF, HTML and XML reports are already left out by their
 * extension; a text report can have any name.
 */

// ANSI colours, in case a report was saved with FORCE_COLOR.
const ANSI = /\u001b\[[0-9;]*m/g;
const SUMMARY = /\(([a-z]{2,3}|und), \d+ segments?\)/;

/** First lines of each text format, as the formatters in `report/formats/` write them. */
const SIGNATURES: readonly ((lines: readonly string[]) => boolean)[] = [
  // check: "5 documents in 3 groups of versions"
  (l) => /^\d+ documents? in \d+ groups? of versions$/.test(l[0]),
  // diff: "a.txt (fr, 51 segments) ↔ b.txt (en, 51 segments)"
  (l) => /^.+ \(([a-z]{2,3}|und), \d+ segments?\) ↔ .+ \(([a-z]{2,3}|und), \d+ segments?\)$/.test(l[0]),
  // align: "source: a.txt (fr, 51 segments)" then "target: …"
  (l) => l.length > 1 && /^source: /.test(l[0]) && /^target: /.test(l[1]) && SUMMARY.test(l[0]) && SUMMARY.test(l[1]),
  // segment: a table whose header is "id │ section │ kind │ lines │ text"
  (l) => l.length > 1 && l[0].startsWith('┌') && /^│ id +│ section +│ kind +│ lines +│ text/.test(l[1]),
  // diff/check --format github: "::error file=…"
  (l) => /^::(error|warning|notice) file=[^,]*,line=\d+/.test(l[0]),
  // align --format beads: "[0]:[0]:0.617365"
  (l) => l.slice(0, 3).every((x) => /^\[[\d,]*\]:\[[\d,]*\]:\d/.test(x)),
];

/**
 * Whether a file's first bytes are one of fbcoop's own text outputs.
 * @param head the file's first bytes (a few kilobytes)
 */
export function isOwnReport(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(head).replace(ANSI, '');
  const lines = text.split(/\r?\n/).filter((l, i, all) => l.trim() !== '' || i < all.length - 1).slice(0, 4);
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  if (lines.length === 0) return false;
  return SIGNATURES.some((matches) => matches(lines));
}
