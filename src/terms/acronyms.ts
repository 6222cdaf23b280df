/**
 * Acronyms defined in the text, written `expansion (ACRONYM…)`: "équipes communes
 * d'enquête (ECE)", "joint investigation teams (JITs)", "gemeenschappelijke
 * onderzoeksteams (GOT)". The letters are read from the expansion's words in order,
 * function words skipped, and a long word may give more than one letter where it is a
 * compound (Ermittlungs·gruppen).
 */
import { fold } from '../compare/text.js';
import { isFunctionWord } from './function-words.js';
import type { Token } from './tokens.js';

/** An acronym: two to ten capitals or digits, starting with a capital, with an optional plural `s`. */
const ACRONYM = /^(\p{Lu}[\p{Lu}\d&]{1,9})s?$/u;
/** A word at least this long may give further letters (compounds); shorter ones give only their initial. */
const COMPOUND_MIN_LENGTH = 8;
/** An expansion has at most this many words more than its acronym has letters (function words). */
const MAX_EXTRA_WORDS = 4;

/** An acronym defined by its expansion. */
export interface AcronymDefinition {
  /** The acronym as written (`JITs`). */
  acronym: string;
  /** Its letters (`JIT`): the plural `s` dropped. */
  letters: string;
  /** Token range of the expansion (end exclusive). */
  firstToken: number;
  endToken: number;
  /** Text range of the expansion. */
  start: number;
  end: number;
  /** Text range of the acronym. */
  acronymStart: number;
  acronymEnd: number;
  /** How many content words the expansion has. */
  contentWords: number;
  /** Whether the letters match the expansion (false: found by word count only, see `guidedDefinitions`). */
  strict: boolean;
}

/** A parenthesis opening right after a word, with an acronym right inside it. */
interface Opening {
  /** Token index of the acronym. */
  acronymToken: number;
  letters: string;
}

function openings(text: string, tokens: readonly Token[]): Opening[] {
  const out: Opening[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const between = text.slice(tokens[k - 1].end, tokens[k].start);
    if (!/^\s*\(\s*$/u.test(between)) continue;
    const m = ACRONYM.exec(tokens[k].text);
    if (m) out.push({ acronymToken: k, letters: m[1] });
  }
  return out;
}

/** Words of an expansion: tokens joined by a hyphen count as one word. */
function words(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    if (k > from && tokens[k - 1].next === 'hyphen') out[out.length - 1] += tokens[k].text;
    else out.push(tokens[k].text);
  }
  return out;
}

/** Whether `letters` can be read off `list` in order (see the module comment). */
function spells(list: readonly string[], letters: string, lang: string): boolean {
  const L = fold(letters);
  const memo = new Map<number, boolean>();
  const go = (w: number, l: number): boolean => {
    if (w === list.length) return l === L.length;
    const key = w * 64 + l;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = fold(list[w]);
    let ok = false;
    if (isFunctionWord(list[w], lang)) ok = go(w + 1, l) || (l < L.length && word[0] === L[l] && go(w + 1, l + 1));
    else if (l < L.length && word[0] === L[l]) {
      ok = go(w + 1, l + 1);
      // A compound may give further letters, in order, from inside the word.
      let at = 1;
      for (let extra = l + 1; !ok && extra < L.length && word.length >= COMPOUND_MIN_LENGTH; extra++) {
        const found = word.indexOf(L[extra], at);
        if (found < 0) break;
        at = found + 1;
        ok = go(w + 1, extra + 1);
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

function contentCount(list: readonly string[], lang: string): number {
  return list.filter((w) => !isFunctionWord(w, lang)).length;
}

/** The expansions that may end right before the acronym's parenthesis, shortest first: [first token, words]. */
function candidates(tokens: readonly Token[], acronymToken: number, letters: number, lang: string): [number, string[]][] {
  const out: [number, string[]][] = [];
  const last = acronymToken - 1;
  for (let k = last; k >= 0 && last - k < letters + MAX_EXTRA_WORDS; k--) {
    if (k < last && tokens[k].next === 'break') break;
    if (isFunctionWord(tokens[k].text, lang) || (k > 0 && tokens[k - 1].next === 'hyphen')) continue;
    out.push([k, words(tokens, k, last + 1)]);
  }
  return out;
}

function definition(text: string, tokens: readonly Token[], o: Opening, first: number, list: string[], lang: string, strict: boolean): AcronymDefinition {
  const acr = tokens[o.acronymToken];
  return {
    acronym: acr.text,
    letters: o.letters,
    firstToken: first,
    endToken: o.acronymToken,
    start: tokens[first].start,
    end: tokens[o.acronymToken - 1].end,
    acronymStart: acr.start,
    acronymEnd: acr.end,
    contentWords: contentCount(list, lang),
    strict,
  };
}

/**
 * The acronyms a text defines whose letters match their expansion.
 * @param text the segment's text
 * @param tokens its tokens (`tokenize(text, lang)`)
 * @param lang ISO 639-1 code
 */
export function acronymDefinitions(text: string, tokens: readonly Token[], lang: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const o of openings(text, tokens)) {
    const hit = candidates(tokens, o.acronymToken, o.letters.length, lang).find(([, list]) => spells(list, o.letters, lang));
    if (hit) out.push(definition(text, tokens, o, hit[0], hit[1], lang, true));
  }
  return out;
}

/**
 * Acronyms in parentheses whose expansion is known only by its length: in a translation,
 * the acronym may stay in the original language ("centres (CCPD)") or differ from its
 * expansion's letters. The expansion is taken as the run of words before the parenthesis
 * with as many content words as the source's expansion has, where the acronym is the
 * source's own or starts with that run's first letter.
 * @param contentWords content words of the source expansion
 * @param sourceLetters the source's acronym (letters)
 */
export function guidedDefinitions(text: string, tokens: readonly Token[], lang: string, contentWords: number, sourceLetters?: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const o of openings(text, tokens)) {
    const all = candidates(tokens, o.acronymToken, o.letters.length, lang);
    const strict = all.find(([, list]) => spells(list, o.letters, lang));
    if (strict) {
      out.push(definition(text, tokens, o, strict[0], strict[1], lang, true));
      continue;
    }
    // Kept from the source's language, or at least starting with its expansion's first letter.
    const plausible = (list: string[]) => o.letters === sourceLetters || fold(list[0])[0] === fold(o.letters)[0];
    const sized = all.find(([, list]) => contentCount(list, lang) === contentWords && plausible(list));
    if (sized) out.push(definition(text, tokens, o, sized[0], sized[1], lang, false));
  }
  return out;
}

/** Whether a word is the acronym (its plural too): `JIT`, `JITs`. */
export function isAcronymOf(word: string, letters: string): boolean {
  return word === letters || word === `${letters}s`;
}
