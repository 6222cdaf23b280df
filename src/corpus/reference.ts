/** Which version of a group is the reference (the original), and why. */
import type { DocFeatures } from './features.js';
import { neutralAgreement } from './features.js';
import type { ReferenceRule } from './model.js';

// Mean agreements closer than this are a tie: the difference is noise, not evidence.
const TIE_MARGIN = 0.02;

/** The chosen reference: an index into the group's members and the reason in one line. */
export interface ReferenceChoice {
  index: number;
  reason: string;
}

/** Drop a leading `./` and turn backslashes into slashes, so paths compare as people write them. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Whether a document path is the file a config or `--source` names (same path, or ending in it). */
export function samePath(docPath: string, named: string): boolean {
  const a = normalizePath(docPath);
  const b = normalizePath(named);
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
}

function describeRule(rule: ReferenceRule): string {
  return rule.file !== undefined ? `reference.file = ${rule.file}` : `reference.language = ${rule.language}`;
}

/**
 * Pick a group's reference.
 * @param members the group's features, sorted by path
 * @param rules the config's reference rules, tried in order
 * @param sourcePath the `--source` file, if given
 */
export function chooseReference(members: readonly DocFeatures[], rules: readonly ReferenceRule[], sourcePath: string | undefined): ReferenceChoice {
  if (members.length === 1) return { index: 0, reason: 'the only version of this text' };
  if (sourcePath !== undefined) {
    const i = members.findIndex((m) => samePath(m.path, sourcePath));
    if (i >= 0) return { index: i, reason: 'given by --source' };
  }
  for (const rule of rules) {
    let i = -1;
    if (rule.file !== undefined) i = members.findIndex((m) => samePath(m.path, rule.file!));
    else if (rule.language !== undefined) {
      const inLang = members.map((m, k) => [m, k] as const).filter(([m]) => m.lang === rule.language);
      // Several versions in that language: the one the others agree with most.
      if (inLang.length > 0) i = inLang.length === 1 ? inLang[0][1] : inLang[bestByAgreement(members, inLang.map(([, k]) => k)).pick][1];
    }
    if (i >= 0) return { index: i, reason: `set by the configuration (${describeRule(rule)})` };
  }
  const all = members.map((_, k) => k);
  const { pick, scores, tied } = bestByAgreement(members, all);
  const others = scores.filter((_, k) => k !== pick);
  const best = scores[pick].toFixed(2);
  const next = others.length ? Math.max(...others).toFixed(2) : best;
  const lang = members[pick].lang;
  const why = tied
    ? `tied on agreement (${best}); ${tieReason(members, pick)}`
    : `the version the others agree with most (dates and figures shared: ${best} on average, next best ${next})`;
  return { index: pick, reason: `${lang !== 'und' ? `${lang}: ` : ''}${why}` };
}

function tieReason(members: readonly DocFeatures[], pick: number): string {
  const count = (lang: string): number => members.filter((m) => m.lang === lang).length;
  const mine = count(members[pick].lang);
  const langs = new Set(members.map((m) => m.lang));
  if (langs.size > 1 && [...langs].every((l) => l === members[pick].lang || count(l) >= mine) && [...langs].some((l) => count(l) > mine)) {
    return 'its language is in the minority, as an original among translations usually is';
  }
  return 'the first path in order (dated names sort oldest first)';
}

/**
 * The candidate the other members agree with most (mean Jaccard of dates and figures);
 * ties go to the language with fewest versions, then to the first path.
 * @param candidates indices into `members` that may be picked
 */
function bestByAgreement(members: readonly DocFeatures[], candidates: readonly number[]): { pick: number; scores: number[]; tied: boolean } {
  const scores = members.map((m, i) => {
    if (members.length === 1) return 1;
    let sum = 0;
    members.forEach((o, j) => {
      if (j !== i) sum += neutralAgreement(m, o);
    });
    return sum / (members.length - 1);
  });
  const langCount = new Map<string, number>();
  for (const m of members) langCount.set(m.lang, (langCount.get(m.lang) ?? 0) + 1);
  const top = Math.max(...candidates.map((i) => scores[i]));
  const near = candidates.filter((i) => scores[i] >= top - TIE_MARGIN);
  near.sort((x, y) => langCount.get(members[x].lang)! - langCount.get(members[y].lang)! || (members[x].path < members[y].path ? -1 : 1));
  const strict = candidates.filter((i) => scores[i] === top);
  return { pick: near[0], scores, tied: near.length > 1 && (scores[near[0]] < top || strict.length > 1) };
}
