/** `untranslated`: a target segment left in the source's language. */
import type { Emitted, Found, PairContext } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSegments } from '../locate.js';
import { excerpt } from '../text.js';

/** Language detection is unreliable on shorter texts. */
export const MIN_UNTRANSLATED_CHARS = 40;
/** Ordinary (lower-case) words needed before the language of a segment says anything. */
const MIN_COMMON_WORDS = 4;
/** Share of letters in ordinary words: below it the segment is mostly names, acronyms, figures (a sentence naming four people and two cities still has 0.45). */
const MIN_COMMON_SHARE = 0.4;
/** Words written in capitals at least this long are words of a heading in capitals, not acronyms (`DÉCLARATION`, `CONJOINTE`). */
const MIN_SHOUTED_WORD = 5;

const URL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;

/** Whether a text is mostly names, numbers and addresses, which read the same in any language. */
function mostlyNames(text: string): boolean {
  const words = text.replace(URL, ' ').match(/\p{L}+/gu) ?? [];
  let common = 0;
  let commonLetters = 0;
  let letters = 0;
  for (const w of words) {
    letters += w.length;
    if (/^\p{Ll}/u.test(w) || (w.length >= MIN_SHOUTED_WORD && !/\p{Ll}/u.test(w))) { common++; commonLetters += w.length; }
  }
  return common < MIN_COMMON_WORDS || commonLetters < letters * MIN_COMMON_SHARE;
}

/** Find target segments whose detected language is the source's, when the documents' languages differ. */
export function checkUntranslated(ctx: PairContext): Emitted[] {
  const from = ctx.source.lang;
  const to = ctx.target.lang;
  if (from === 'und' || to === 'und' || from === to) return [];
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    for (const index of ctx.beads[b].target) {
      const segment = ctx.target.segments[index];
      if (segment.lang !== from || segment.text.length < MIN_UNTRANSLATED_CHARS || mostlyNames(segment.text)) continue;
      const finding: Found = {
        rule: 'untranslated',
        message: `target ${segment.kind} is in ${from} (the source's language), not ${to}: "${excerpt(segment.text)}"`,
        target: locateSegments(ctx.target, [index]),
        expected: to,
        actual: from,
        fingerprint: fingerprint('untranslated', segment.text),
      };
      if (ctx.beads[b].source.length > 0) finding.source = locateSegments(ctx.source, ctx.beads[b].source);
      out.push({ order: b, finding });
    }
  }
  return out;
}
