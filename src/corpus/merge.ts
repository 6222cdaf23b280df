/**
 * Merging findings: what several pairs say about the same place becomes one
 * finding naming every version involved; what one document's checks say is
 * reported once.
 */
import type { Finding, Location, Severity } from '../types.js';

/** A finding with the pair it came from. */
export interface Sourced {
  finding: Finding;
  /** Whether the pair's source side is the group's reference (such findings lead a merge). */
  fromReference: boolean;
  /** A side added only to name the other version: a place where content would go, merged on only with the same content. */
  added?: 'source' | 'target' | null;
  /** The compared pair it came from (`source path` NUL `target path`), if it came from a pair. */
  pair?: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Identity of a place: the same region of the same file. */
export function placeKey(l: Location): string {
  return `${l.path}\u0000${l.start ?? ''}\u0000${l.end ?? ''}\u0000${l.line}\u0000${l.endLine}\u0000${l.segment ?? ''}`;
}

/**
 * Merge findings that share a rule, the compared values and a place.
 * @param origins filled, if given, with the pairs each merged finding came from
 * @returns one finding per cluster: the lead one (from a reference pair, first seen), most severe
 *   severity, and `versions` for every location beyond its source and target
 */
export function mergeFindings(items: readonly Sourced[], origins?: Map<Finding, Set<string>>): Finding[] {
  const parent = Int32Array.from({ length: items.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const owner = new Map<string, number>();
  items.forEach(({ finding: f, added }, i) => {
    for (const side of ['source', 'target'] as const) {
      const loc = f[side];
      if (!loc) continue;
      // An added side is only where content would go: findings there are one only if the content is the same.
      // A finding without compared values (a text change, a merge) at a source place is the same one only
      // when the target says the same thing; a value finding is the same whenever the values are.
      const other = side === 'source' ? f.target : f.source;
      const valueless = f.expected === undefined && f.actual === undefined;
      const content = side === added ? `\u0001${other?.text ?? f.message}` : side === 'source' && valueless && added !== 'target' ? `\u0001${other?.text ?? ''}` : '';
      const key = `${f.rule}\u0001${f.expected ?? ''}\u0001${f.actual ?? ''}\u0001${placeKey(loc)}${content}`;
      const o = owner.get(key);
      if (o === undefined) owner.set(key, i);
      else {
        const ra = find(o);
        const rb = find(i);
        if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  });
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    let c = clusters.get(r);
    if (!c) clusters.set(r, (c = []));
    c.push(i);
  });
  const out: Finding[] = [];
  for (const members of clusters.values()) {
    const lead = members.find((i) => items[i].fromReference) ?? members[0];
    const f = { ...items[lead].finding };
    if (members.length > 1) {
      const taken = new Set([f.source, f.target].filter((l): l is Location => !!l).map(placeKey));
      const versions: Location[] = [...(f.versions ?? [])];
      for (const v of versions) taken.add(placeKey(v));
      let severity = f.severity;
      for (const i of members) {
        const g = items[i].finding;
        if (RANK[g.severity] > RANK[severity]) severity = g.severity;
        for (const loc of [g.source, g.target, ...(g.versions ?? [])]) {
          if (!loc || taken.has(placeKey(loc))) continue;
          taken.add(placeKey(loc));
          versions.push(loc);
        }
      }
      f.severity = severity;
      if (versions.length) f.versions = versions;
    }
    if (origins) origins.set(f, new Set(members.map((i) => items[i].pair).filter((p): p is string => p !== undefined)));
    out.push(f);
  }
  return out;
}
