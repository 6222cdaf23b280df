/**
 * Strict and lax bead precision/recall/F1, micro-averaged over files, with the
 * definitions of vecalign's score.py (Thompson & Koehn 2019, after
 * https://www.aclweb.org/anthology/W11-4624/): precision counts every
 * hypothesis bead (insertions/deletions included); recall ignores beads with
 * an empty side, in both gold and hypothesis; a lax match is a bead that
 * shares a source id with a gold bead whose target side it also overlaps.
 */

/** A bead as ids only: [source ids, target ids]. */
export type IdBead = readonly [readonly number[], readonly number[]];

/** Strict and lax precision, recall and F1. */
export interface BeadScores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const key = (b: IdBead): string => `${b[0].join(',')}:${b[1].join(',')}`;

/** [tpStrict, fpStrict, tpLax, fpLax] of `test` against `gold` (score.py `_precision`). */
function counts(gold: readonly IdBead[], test: readonly IdBead[]): [number, number, number, number] {
  const goldSet = new Set(gold.filter((b) => b[0].length || b[1].length).map(key));
  const srcToGoldTgt = new Map<number, Set<number>>();
  for (const [gs, gt] of gold) {
    for (const s of gs) {
      let set = srcToGoldTgt.get(s);
      if (!set) srcToGoldTgt.set(s, (set = new Set()));
      for (const t of gt) set.add(t);
    }
  }
  let tpS = 0;
  let fpS = 0;
  let tpL = 0;
  let fpL = 0;
  const seen = new Set<string>();
  for (const b of test) {
    if (!b[0].length && !b[1].length) continue;
    const k = key(b);
    if (seen.has(k)) continue; // score.py works on sets
    seen.add(k);
    if (goldSet.has(k)) {
      tpS++;
      tpL++;
      continue;
    }
    fpS++;
    const targets = new Set<number>();
    for (const s of b[0]) for (const t of srcToGoldTgt.get(s) ?? []) targets.add(t);
    if (b[1].some((t) => targets.has(t))) tpL++;
    else fpL++;
  }
  return [tpS, fpS, tpL, fpL];
}

const ratio = (a: number, b: number): number => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Score hypothesis alignments against gold ones, micro-averaged over files.
 * @param golds gold beads per file
 * @param tests hypothesis beads per file, same order
 */
export function scoreBeads(golds: ReadonlyArray<readonly IdBead[]>, tests: ReadonlyArray<readonly IdBead[]>): BeadScores {
  const p = [0, 0, 0, 0];
  const r = [0, 0, 0, 0];
  golds.forEach((gold, f) => {
    const test = tests[f];
    const pc = counts(gold, test);
    const noGap = (x: IdBead): boolean => x[0].length > 0 && x[1].length > 0;
    const rc = counts(test.filter(noGap), gold.filter(noGap));
    for (let k = 0; k < 4; k++) {
      p[k] += pc[k];
      r[k] += rc[k];
    }
  });
  const precisionStrict = ratio(p[0], p[1]);
  const precisionLax = ratio(p[2], p[3]);
  const recallStrict = ratio(r[0], r[1]);
  const recallLax = ratio(r[2], r[3]);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

/** Parse vecalign-style beads (`[0]:[0, 1]` or `[0]:[0, 1]:0.91`), one per line. */
export function parseBeads(text: string): IdBead[] {
  const beads: IdBead[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*\[([^\]]*)\]\s*:\s*\[([^\]]*)\]/.exec(line);
    if (!m) continue;
    const ids = (s: string): number[] => s.split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number);
    beads.push([ids(m[1]), ids(m[2])]);
  }
  return beads;
}
