/** Comparing anchor values: multiset matching, partial dates, number normalisation. */
import type { PlacedAnchor } from './context.js';

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

/** A number value in one canonical spelling (`3.50` → `3.5`, `007` → `7`). */
export function canonicalNumber(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : value;
}

/** The result of matching two lists of anchors. */
export interface Unmatched {
  source: PlacedAnchor[];
  target: PlacedAnchor[];
}

/**
 * Match anchors as multisets: first equal values, then values `same` accepts;
 * what is left on each side has no counterpart on the other.
 */
export function matchAnchors(
  source: readonly PlacedAnchor[],
  target: readonly PlacedAnchor[],
  key: (a: PlacedAnchor) => string,
  same?: (a: PlacedAnchor, b: PlacedAnchor) => boolean,
): Unmatched {
  const used = new Uint8Array(target.length);
  const left: PlacedAnchor[] = [];
  for (const s of source) {
    const k = key(s);
    const j = target.findIndex((t, i) => !used[i] && key(t) === k);
    if (j >= 0) used[j] = 1;
    else left.push(s);
  }
  const leftSource: PlacedAnchor[] = [];
  for (const s of left) {
    const j = same ? target.findIndex((t, i) => !used[i] && same(s, t)) : -1;
    if (j >= 0) used[j] = 1;
    else leftSource.push(s);
  }
  return { source: leftSource, target: target.filter((_, i) => !used[i]) };
}
