/**
 * Blame on the version that departs. In a group, the reference is compared with every version and
 * the versions of one language with each other. When the reference and version Y agree and version
 * X differs, the X ↔ Y pair reports the difference too, and would charge Y with it (a figure "not
 * in the source" of Y that the reference has). Such a finding is folded into the reference's finding
 * about X, which then names the versions that agree with the reference.
 */
import type { Finding, Location } from '../types.js';
import type { Sourced } from './merge.js';

/** A rule's mirror: what is one-sided or many-to-one seen from the other side. */
const MIRROR: Readonly<Record<string, string>> = { omission: 'addition', addition: 'omission', merge: 'split', split: 'merge' };

/** A reference-pair finding, with the version its target side is in. */
interface RefFinding {
  item: Sourced;
  /** Path of the compared version (the reference pair's target). */
  version: string;
}

function pairPaths(pair: string): [string, string] {
  const cut = pair.indexOf('\u0000');
  return [pair.slice(0, cut), pair.slice(cut + 1)];
}

function overlaps(a: Location | undefined, b: Location | undefined): boolean {
  return !!a && !!b && a.path === b.path && a.line <= b.endLine && b.line <= a.endLine;
}

function shares(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a === b;
}

/**
 * Whether reference finding `g` (reference → X) explains finding `f` of the pair A → B, X being A
 * (`xIsSource`) or B: same place in X, and X departs from the reference in the way `f` says.
 */
function explains(f: Finding, g: Finding, xIsSource: boolean): boolean {
  if (!overlaps(xIsSource ? f.source : f.target, g.target)) return false;
  const valued = f.expected !== undefined || f.actual !== undefined;
  if (valued) {
    if (g.rule !== f.rule) return false;
    // X's value in f is X's value against the reference, or the other version's is the reference's.
    return xIsSource
      ? shares(f.expected, g.actual) || shares(f.actual, g.expected)
      : shares(f.actual, g.actual) || shares(f.expected, g.expected);
  }
  // One-sided and many-to-one findings: B departing shows as the same rule, A departing as its mirror.
  const mirror = MIRROR[f.rule];
  if (mirror === undefined) return false;
  return g.rule === (xIsSource ? mirror : f.rule) && g.expected === undefined && g.actual === undefined;
}

/**
 * Fold the findings of pairs between two non-reference versions that a reference finding explains.
 * @param items the findings of every pair and document of the corpus, with their pairs
 * @returns the items kept (explaining findings carry a note naming the versions that agree with the reference)
 */
export function foldExplained(items: readonly Sourced[]): Sourced[] {
  // Reference findings by the version they are about and their rule.
  const byVersion = new Map<string, RefFinding[]>();
  for (const item of items) {
    if (!item.fromReference || item.pair === undefined) continue;
    const version = pairPaths(item.pair)[1];
    const key = `${version}\u0000${item.finding.rule}`;
    let list = byVersion.get(key);
    if (!list) byVersion.set(key, (list = []));
    list.push({ item, version });
  }
  const candidates = (version: string, rule: string | undefined): RefFinding[] =>
    rule === undefined ? [] : byVersion.get(`${version}\u0000${rule}`) ?? [];
  const explainers = (f: Finding, version: string, xIsSource: boolean): Sourced[] => {
    const rules = [f.rule, MIRROR[f.rule]];
    return rules.flatMap((r) => candidates(version, r)).filter((c) => explains(f, c.item.finding, xIsSource)).map((c) => c.item);
  };

  const agreeing = new Map<Sourced, Location[]>();
  const kept: Sourced[] = [];
  for (const item of items) {
    if (item.fromReference || item.pair === undefined) {
      kept.push(item);
      continue;
    }
    const [a, b] = pairPaths(item.pair);
    const f = item.finding;
    const byA = explainers(f, a, true);
    const byB = explainers(f, b, false);
    if (byA.length === 0 && byB.length === 0) {
      kept.push(item);
      continue;
    }
    // Explained: the reference already charges the version(s) that depart. The other one agrees with it.
    const note = (by: Sourced[], agrees: Location | undefined) => {
      // An added side (where the content would go) still names the version: it lacks the content as the reference does.
      if (!agrees) return;
      for (const g of by) {
        const list = agreeing.get(g) ?? [];
        if (!list.some((l) => l.path === agrees.path && l.line === agrees.line)) list.push({ path: agrees.path, line: agrees.line, endLine: agrees.endLine });
        agreeing.set(g, list);
      }
    };
    if (byB.length === 0) note(byA, f.target);
    if (byA.length === 0) note(byB, f.source);
  }
  return kept.map((item) => {
    const list = agreeing.get(item);
    if (!list) return item;
    const named = list.map((l) => `${l.path} (line ${l.line})`).join(', ');
    const agree = `as in the source: ${named}`;
    return { ...item, finding: { ...item.finding, note: item.finding.note ? `${item.finding.note}; ${agree}` : agree } };
  });
}
