/** `name-mismatch`: a person, place, organisation or acronym that differs or is missing. */
import type { Emitted, PairContext, PlacedAnchor, Side } from '../context.js';
import { containsWords, editDistance, fold, foldedWords, indexOfWords } from '../text.js';
import { matchAnchors } from '../values.js';
import { valueFinding } from '../value-finding.js';

/** Letters per allowed edit for a misspelling: `Colomb`/`Collomb` (1 in 13) is one, `Iraq-Syria`/`Iraqi-Syrian` (2 in 12) is a wording. */
const LETTERS_PER_EDIT = 8;
/** Words of a person name: given name(s) and surname, not a title or a whole sentence. */
const MAX_NAME_WORDS = 4;
/** Shorter words (`de`, `van`, `Le`) say nothing about whether a name occurs in a text. */
const MIN_NAME_WORD = 3;

/**
 * Words that start capitalised multi-word titles and institutions rather than
 * person names, in the corpus languages: such names are translated, not kept.
 */
const TITLE_WORDS = new Set([
  'minister', 'ministers', 'prime', 'president', 'secretary', 'king', 'queen', 'prince', 'court', 'council', 'union',
  'commission', 'parliament', 'republic', 'kingdom', 'state', 'states', 'european', 'national', 'general', 'federal',
  'ministre', 'ministres', 'premier', 'president', 'roi', 'reine', 'cour', 'conseil', 'republique', 'royaume', 'etat',
  'minister', 'ministers', 'eerste', 'koning', 'koningin', 'raad', 'hof', 'koninkrijk', 'staat', 'republiek', 'europese',
]);

/** Articles in the corpus languages. */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'de', 'den', 'het', 'der', 'die', 'das', 'el', 'los', 'las']);

/** Whether a name's surface looks like a person's: two to four capitalised words, particles allowed between. */
export function looksLikePerson(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (capitalised.length < 2) return false;
  if (!/^\p{Lu}/u.test(words[0]) || !/^\p{Lu}/u.test(words[words.length - 1])) return false;
  // A leading article makes a place (`Den Haag`, `Le Havre`, `La Louvière`), not a person.
  if (ARTICLES.has(fold(words[0]))) return false;
  return !words.some((w) => TITLE_WORDS.has(fold(w)));
}

function misspelled(a: string, b: string): boolean {
  const max = Math.max(1, Math.floor(Math.max(a.length, b.length) / LETTERS_PER_EDIT));
  const d = editDistance(a, b, max);
  return d > 0 && d <= max;
}

/** Whether a name's surfaces differ only in accents (case aside). */
function accentOnly(a: string, b: string): boolean {
  return a.toLowerCase() !== b.toLowerCase() && fold(a) === fold(b);
}

/**
 * Compare the names of each sure pair. Same language: every name and acronym,
 * exactly. Across languages, where acronyms and place names are translated:
 * only person-like names, reported when misspelled (close but not equal) or
 * when missing and none of their words occurs anywhere in the other document.
 * Accent-only differences are `info`.
 */
export function checkNameMismatch(ctx: PairContext): Emitted[] {
  const out: Emitted[] = [];
  const kinds = ctx.sameLanguage ? (['name', 'acronym'] as const) : (['name'] as const);
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.isSurePair(b)) continue;
    let src = ctx.beadAnchors('source', b, kinds);
    let tgt = ctx.beadAnchors('target', b, kinds);
    if (!ctx.sameLanguage) {
      src = src.filter((a) => looksLikePerson(a.surface));
      tgt = tgt.filter((a) => looksLikePerson(a.surface));
    }
    if (src.length === 0 && tgt.length === 0) continue;
    const key = (a: PlacedAnchor) => fold(a.value);
    // Accent-only differences: same folded value, different letters.
    for (const s of src) {
      const t = tgt.find((x) => key(x) === key(s) && accentOnly(s.surface, x.surface));
      if (t) {
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'name-mismatch', severity: 'info', bead: b, source: s, target: t,
          message: `name differs in accents: ${s.surface} (source) vs ${t.surface} (target)`,
        }) });
      }
    }
    const left = matchAnchors(src, tgt, key);
    const targetText = fold(ctx.beads[b].target.map((i) => ctx.target.segments[i].text).join(' '));
    const sourceText = fold(ctx.beads[b].source.map((i) => ctx.source.segments[i].text).join(' '));
    // A name the other side writes out but the extractor did not pick up is still there.
    for (const s of left.source) {
      const t = writtenWithOtherAccents(ctx, b, s);
      if (t) {
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'name-mismatch', severity: 'info', bead: b, source: s, target: t,
          message: `name differs in accents: ${s.surface} (source) vs ${t.surface} (target)`,
        }) });
      }
    }
    const source = left.source.filter((a) => !containsWords(targetText, key(a)));
    const target = left.target.filter((a) => !containsWords(sourceText, key(a)));
    const pairedTarget = new Set<PlacedAnchor>();
    for (const s of source) {
      const t = target.find((x) => !pairedTarget.has(x) && misspelled(key(s), key(x)));
      if (t) {
        pairedTarget.add(t);
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'name-mismatch', severity: 'warning', bead: b, source: s, target: t,
          message: `name spelled differently: ${s.surface} (source) vs ${t.surface} (target)`,
        }) });
      } else if (isMissing(ctx, 'target', b, s)) {
        out.push({ order: b, finding: valueFinding(ctx, {
          rule: 'name-mismatch', severity: 'warning', bead: b, source: s,
          message: `name missing in the target: ${s.surface} (source)`,
        }) });
      }
    }
  }
  return out;
}

/**
 * Where the target bead writes a source name the extractor did not pick up,
 * if it writes it with other accents.
 */
function writtenWithOtherAccents(ctx: PairContext, bead: number, anchor: PlacedAnchor): PlacedAnchor | undefined {
  const value = fold(anchor.surface);
  for (const index of ctx.beads[bead].target) {
    const segment = ctx.target.segments[index];
    const folded = fold(segment.text);
    // Folding keeps precomposed letters one code unit long; otherwise offsets would not map back.
    if (folded.length !== segment.text.length) continue;
    const at = indexOfWords(folded, value);
    if (at < 0) continue;
    const surface = segment.text.slice(at, at + value.length);
    if (!accentOnly(anchor.surface, surface)) return undefined;
    return { kind: anchor.kind, surface, value: anchor.value, start: at, end: at + value.length, segment };
  }
  return undefined;
}

/**
 * Whether a source name is truly absent from the target: not in the neighbouring
 * beads (jitter); in the same language, a multi-word name or acronym found nowhere
 * in the target; across languages, no word of it anywhere in the target document.
 */
function isMissing(ctx: PairContext, side: Side, bead: number, anchor: PlacedAnchor): boolean {
  const value = fold(anchor.value);
  const near = ctx.neighbourValues(side, bead, ['name', 'acronym']);
  for (const v of near) if (fold(v) === value) return false;
  const words = ctx.wordSet(side);
  const own = foldedWords(anchor.surface);
  if (ctx.sameLanguage) {
    // A single capitalised word (`Islamist`, `Internet`) comes and goes with the wording; a name moved elsewhere is a text change.
    const single = anchor.kind === 'name' && !/\s/.test(anchor.surface.trim());
    if (single) return false;
    // Cheap test first: a name with a word the target never uses is missing without a phrase search.
    return !own.every((w) => words.has(w)) || !containsWords(ctx.foldedText(side), fold(anchor.surface));
  }
  return !own.some((w) => w.length >= MIN_NAME_WORD && words.has(w));
}
