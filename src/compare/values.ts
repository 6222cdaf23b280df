/** Comparing anchor values: multiset matching, partial dates, number normalisation. */
import type { PlacedAnchor } from './context.js';
import { canonicalDecimal } from '../anchors/decimal.js';

/** A date value split into its parts; missing parts are unknown, not zero. */
interface DateParts {
  year?: string;
  month?: string;
  day?: string;
}

const DATE = /^(\d{4})?(?:-(\d{2}))?(?:-(\d{2}))?$|^--(\d{2})(?:-(\d{2}))?$/;

function dateParts(value: string): DateParts | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  if (m[4]) return { month: m[4], day: m[5] };
  if (!m[1] && !m[2]) return undefined;
  return { year: m[1], month: m[2], day: m[3] };
}

function partsCompatible(a: DateParts, b: DateParts): boolean {
  return (!a.year || !b.year || a.year === b.year) &&
    (!a.month || !b.month || a.month === b.month) &&
    (!a.day || !b.day || a.day === b.day);
}

/**
 * Whether two ISO date values can denote the same date: equal where both are
 * known (`2018` and `--02-27` are compatible with `2018-02-27`); a range is
 * compatible with a range whose ends are, or with a date compatible with either end.
 */
export function datesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const ra = a.split('/');
  const rb = b.split('/');
  const pa = ra.map(dateParts);
  const pb = rb.map(dateParts);
  if (pa.some((p) => !p) || pb.some((p) => !p)) return false;
  const A = pa as DateParts[];
  const B = pb as DateParts[];
  if (A.length === 2 && B.length === 2) return partsCompatible(A[0], B[0]) && partsCompatible(A[1], B[1]);
  if (A.length === 2) return partsCompatible(A[0], B[0]) || partsCompatible(A[1], B[0]);
  if (B.length === 2) return partsCompatible(A[0], B[0]) || partsCompatible(A[0], B[1]);
  return partsCompatible(A[0], B[0]);
}

/** Known parts of a date value (for a range, of its less precise end). */
function precision(value: string): number {
  let least = 3;
  for (const part of value.split('/')) {
    const p = dateParts(part);
    if (!p) return 0;
    least = Math.min(least, Number(!!p.year) + Number(!!p.month) + Number(!!p.day));
  }
  return least;
}

/**
 * Whether a date written elsewhere (`other`) accounts for `value`: compatible,
 * and at least as precise, so `2017` nearby does not account for `2017-02-27`
 * but `2017-02-27` nearby does account for `2017`.
 */
export function dateCovers(other: string, value: string): boolean {
  return datesCompatible(value, other) && precision(other) >= precision(value);
}

/** How many known parts two dates share, to pair the most alike when they differ. */
export function dateLikeness(a: string, b: string): number {
  const pa = dateParts(a.split('/')[0]);
  const pb = dateParts(b.split('/')[0]);
  if (!pa || !pb) return 0;
  return Number(!!pa.year && pa.year === pb.year) + Number(!!pa.month && pa.month === pb.month) + Number(!!pa.day && pa.day === pb.day);
}

/** Whether a date value is a bare year (`2018`). */
export function isYear(value: string): boolean {
  return /^\d{4}$/.test(value);
}

/** The numbers a date value is written with (year, month, day), so figures inside dates are not "missing". */
export function dateNumbers(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split('/')) {
    const p = dateParts(part);
    if (!p) continue;
    for (const x of [p.year, p.month, p.day]) if (x) out.push(String(Number(x)));
  }
  return out;
}

/**
 * A number value in one canonical spelling (`3.50` → `3.5`, `007` → `7`), exact at any size: as
 * strings, since a float makes 12345678901234567890 and …891 equal (issue 11). Other values
 * (`12%`, `#2`) are returned as they are.
 */
export function canonicalNumber(value: string): string {
  const m = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(value);
  if (!m) return value;
  const digits = canonicalDecimal(m[2], m[3] ?? '');
  return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

/** The result of matching two lists of anchors. */
export interface Unmatched {
  source: PlacedAnchor[];
  target: PlacedAnchor[];
}

/**
 * Match anchors as multisets: first equal values, then values `same` accepts;
 * what is left on each side has no counterpart on the other. Equal values are
 * matched in text order first (an edit alignment of the two sequences, after
 * Wagner & Fischer 1974), so that in `2016 and 2017` against `2017 and 2017`
 * the second years match and the first differ; values left after that match
 * out of order (translations reorder), the nearest place in the bead first.
 */
export function matchAnchors(
  source: readonly PlacedAnchor[],
  target: readonly PlacedAnchor[],
  key: (a: PlacedAnchor) => string,
  same?: (a: PlacedAnchor, b: PlacedAnchor) => boolean,
): Unmatched {
  const used = new Uint8Array(target.length);
  const done = new Uint8Array(source.length);
  const sourceKeys = source.map(key);
  const targetKeys = target.map(key);
  alignInOrder(sourceKeys, targetKeys, done, used);
  // Closest places first, over all candidates: a greedy pass in source order would take a later segment's twin.
  const pass = (ok: (i: number, j: number) => boolean, groupOf: (i: number, side: 'source' | 'target') => string) => {
    const candidates: [number, number, number][] = [];
    const add = (i: number, j: number): void => {
      if (ok(i, j)) candidates.push([Math.abs(source[i].at - target[j].at), i, j]);
    };
    // Only anchors of one group can match (one value, for the first pass): pair within groups.
    const groups = new Map<string, [number[], number[]]>();
    const groupFor = (g: string): [number[], number[]] => {
      let e = groups.get(g);
      if (!e) groups.set(g, (e = [[], []]));
      return e;
    };
    for (let i = 0; i < source.length; i++) if (!done[i]) groupFor(groupOf(i, 'source'))[0].push(i);
    for (let j = 0; j < target.length; j++) if (!used[j]) groupFor(groupOf(j, 'target'))[1].push(j);
    for (const [open, free] of groups.values()) {
      if (open.length * free.length <= ALL_PAIRS) for (const i of open) for (const j of free) add(i, j);
      else nearestPairs(open.map((i) => source[i].at), free.map((j) => target[j].at), (a, b) => add(open[a], free[b]));
    }
    candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, i, j] of candidates) {
      if (done[i] || used[j]) continue;
      done[i] = 1;
      used[j] = 1;
    }
  };
  pass((i, j) => sourceKeys[i] === targetKeys[j], (k, side) => (side === 'source' ? sourceKeys[k] : targetKeys[k]));
  if (same) pass((i, j) => same(source[i], target[j]), () => '');
  const leftSource = source.filter((_, i) => !done[i]);
  return { source: leftSource, target: target.filter((_, i) => !used[i]) };
}

/**
 * Up to this many (source, target) pairs, every pair is a candidate; beyond it (a one-line table of
 * thousands of figures) each source anchor only meets the NEAREST targets by place, or the candidate
 * list would grow with the product of the two lengths.
 */
const ALL_PAIRS = 20_000;
const NEAREST = 8;

/**
 * Call `visit(a, b)` for each source place `a` and the NEAREST target places `b` closest to it.
 * @param sourceAt places of the source anchors
 * @param targetAt places of the target anchors
 */
function nearestPairs(sourceAt: readonly number[], targetAt: readonly number[], visit: (a: number, b: number) => void): void {
  const order = targetAt.map((_, b) => b).sort((x, y) => targetAt[x] - targetAt[y] || x - y);
  for (let a = 0; a < sourceAt.length; a++) {
    // First target at or after this place, then widen to both sides, nearest first.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (targetAt[order[mid]] < sourceAt[a]) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    for (let k = 0; k < NEAREST && (left >= 0 || right < order.length); k++) {
      const takeLeft = right >= order.length || (left >= 0 && sourceAt[a] - targetAt[order[left]] <= targetAt[order[right]] - sourceAt[a]);
      visit(a, order[takeLeft ? left-- : right++]);
    }
  }
}

/** Longest a bead's anchor list gets before the in-order alignment is skipped (its table grows with the product). */
const MAX_ALIGNED = 200;

/**
 * Mark the equal values an edit alignment of the two key sequences matches
 * (match 0, substitution, insertion and deletion 1; diagonal moves first on ties).
 */
function alignInOrder(a: readonly string[], b: readonly string[], doneA: Uint8Array, doneB: Uint8Array): void {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n > MAX_ALIGNED || m > MAX_ALIGNED) return;
  const cost = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 0; i <= n; i++) cost[at(i, 0)] = i;
  for (let j = 0; j <= m; j++) cost[at(0, j)] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cost[at(i, j)] = Math.min(diagonal, cost[at(i - 1, j)] + 1, cost[at(i, j - 1)] + 1);
    }
  }
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = cost[at(i, j)];
    if (here === cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] === b[j - 1]) { doneA[i - 1] = 1; doneB[j - 1] = 1; }
      i--;
      j--;
    } else if (here === cost[at(i - 1, j)] + 1) i--;
    else j--;
  }
}
