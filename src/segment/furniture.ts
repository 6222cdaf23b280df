/**
 * Page furniture: scrape-date headers, photo captions, subscription prompts, headline
 * link lists, related-article teasers, source-URL footers, end marks and page numbers.
 * Decided from general signals (short lines without sentence punctuation, lists of
 * headlines, call-to-action wording), never from any particular document's strings.
 */
import type { Skipped } from '../types.js';
import type { LineTable } from './lines.js';
import { NO_MARKER, type Marker } from './markers.js';
import { isTerminal, isCloser, isUpper, isDigit, isOpener } from './chars.js';
import { DEFAULT_ABBREVIATION_LANGS, LANGUAGES, wordsOf } from '../lang/index.js';
import { fold } from '../text/fold.js';

/** Reasons, indexed by the codes stored per line (0 = not furniture). */
export const REASONS = [
  '',
  'page furniture: scrape date',
  'page furniture: photo caption',
  'page furniture: subscription prompt',
  'page furniture: link list',
  'page furniture: related-article teaser',
  'page furniture: source URL',
  'page furniture: end mark',
  'page furniture: page number',
] as const;
const SCRAPE_DATE = 1, CAPTION = 2, PROMPT = 3, LINK_LIST = 4, TEASER = 5, SOURCE_URL = 6, END_MARK = 7, PAGE_NUMBER = 8;

/** Code of page-number lines, which a paragraph may flow across (a page break). */
export const PAGE_NUMBER_REASON = PAGE_NUMBER;

/** Lines longer than this are body text, never a furniture line (also bounds the regex work per line). */
const MAX_FURNITURE_LINE = 400;
/** A call to action is short: at most this many words. */
const MAX_PROMPT_WORDS = 20;
/** A bare imperative line ("Join us") counts as a prompt only when this short and next to other furniture. */
const MAX_WEAK_PROMPT_WORDS = 8;
/** Headline-list heading: a short label. */
const MAX_LIST_HEADING_WORDS = 8;
/** Headline lists have at least this many entries. */
const MIN_HEADLINES = 3;
/** ...of headline length: words per entry, on average at least / each at most. */
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 30;
/** A teaser headline is at most this many words. */
const MAX_TEASER_HEADLINE_WORDS = 15;
/** Teaser blocks are furniture only when at least this many stand in a row before trailing furniture. */
const MIN_TEASERS = 2;
/** Leading date/day lines are looked for among this many first blocks. */
const MAX_HEADER_BLOCKS = 4;

/** Month names (every language) and abbreviations (of the languages trusted in any text), folded: from `src/lang/`. */
const MONTHS = new Set([
  ...LANGUAGES.flatMap((l) => l.months.flat()),
  ...DEFAULT_ABBREVIATION_LANGS.flatMap((l) => l.monthAbbreviations.flat()),
].map(fold));
/** Weekday names and abbreviations, folded. */
const DAYS = new Set([...wordsOf('weekdays'), ...wordsOf('weekdayAbbreviations')].map(fold));
const DATE_FILLERS = new Set(['le', 'the', 'of', 'de', 'den', 'der', 'del', 'di', 'on', 'am', 'updated', 'published']);

const CAPTION_RE = /\(\s*(?:photos?|fotos?|images?|pictures?|pics?|illustrations?|cr[ée]dits?(?: photo)?|copyright|©)\b[^()]{0,160}\)\s*$/i;
const CAPTION_START_RE = /^(?:photos?|fotos?|cr[ée]dits? photo|photo credit|image credit|illustration)\s*:/i;
/** Call-to-action wording that marks a prompt on its own. */
const STRONG_PROMPT_RE = /\b(?:free trial|subscribe|subscription|sign[ -]?up|sign in|log ?in|unlock|newsletter|get (?:instant |full |unlimited |free )?access|read more|learn more|click here|continue reading|abonnez|abonnement|s['’]abonner|inscrivez|lire la suite|essai gratuit|abonneer|lees meer|word lid|gratis proberen|proefabonnement)\b/i;
/** Trial offers, a prompt even when written as a sentence. */
const TRIAL_RE = /\b(?:free trial|essai gratuit|gratis proberen|proefabonnement|kostenlos testen)\b/i;
/** Imperative verbs that open prompts ("Join …", "Become …", "Read …"). */
const IMPERATIVE_RE = /^(?:\.\.\.|…)?\s*(?:or\s+|ou\s+|of\s+)?(?:join|subscribe|become|get|read|support|sign|register|try|start|discover|follow|donate|download|share|click|log|rejoignez|découvrez|soutenez|abonnez|inscrivez|lisez|suivez|word|lees|steun|volg|ontdek|schrijf)\b/i;
const SOURCE_URL_RE = /^(?:url\s*(?:source)?|source\s*url|sources?|bron|quelle|fuente|fonte|lien|link)\s*:\s*(?:https?:\/\/|www\.)/i;
const BARE_URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_NUMBER_RE = /^(?:[-–—]\s*)?(?:(?:page|pagina|seite|pág\.?|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of|sur|van|von|de)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const END_MARK_RE = /^\.?\/\.$/;

/** Furniture found in a document. */
export interface Furniture {
  /** Per line: 0, or an index into `REASONS`. */
  reason: Uint8Array;
  /** Lines whose content ends early (an end mark `./.` cut off), line index → new content end. */
  cut: Map<number, number>;
  skipped: Skipped[];
}

/**
 * Find the page furniture of a document.
 * @param value document text
 * @param lines its line table
 * @param markers list marker of each line
 */
export function findFurniture(value: string, lines: LineTable, markers: readonly Marker[]): Furniture {
  const n = lines.count;
  const reason = new Uint8Array(n);
  const cut = new Map<number, number>();
  const cutSkips: Skipped[] = [];
  // Blocks: runs of non-blank lines.
  const bs: number[] = [];
  const be: number[] = [];
  for (let i = 0; i < n; i++) {
    if (lines.contentStart[i] >= lines.contentEnd[i]) continue;
    let j = i;
    while (j + 1 < n && lines.contentStart[j + 1] < lines.contentEnd[j + 1]) j++;
    bs.push(i);
    be.push(j + 1);
    i = j;
  }
  const nb = bs.length;
  const lineText = (i: number): string => lines.contentEnd[i] - lines.contentStart[i] > MAX_FURNITURE_LINE
    ? '' : value.slice(lines.contentStart[i], lines.contentEnd[i]);
  const single = (b: number): string => (be[b] - bs[b] === 1 ? lineText(bs[b]) : '');
  const blockReason = (b: number): number => reason[bs[b]];
  const mark = (b: number, r: number): void => { for (let i = bs[b]; i < be[b]; i++) reason[i] = r; };

  // Scrape-date header: lone day names and dates before anything else.
  let firstContent = 0;
  while (firstContent < Math.min(nb, MAX_HEADER_BLOCKS)) {
    const t = single(firstContent);
    if (t && isDateOrDay(t)) { mark(firstContent, SCRAPE_DATE); firstContent++; } else break;
  }

  const weak = new Uint8Array(nb);
  for (let b = 0; b < nb; b++) {
    for (let i = bs[b]; i < be[b]; i++) {
      const t = lineText(i);
      if (!t) continue;
      if (CAPTION_RE.test(t) || CAPTION_START_RE.test(t)) reason[i] = CAPTION;
      else if (SOURCE_URL_RE.test(t)) {
        reason[i] = SOURCE_URL;
        // A URL wrapped onto the next lines continues without spaces.
        while (i + 1 < be[b] && !/\s/.test(lineText(i + 1) || ' ')) reason[++i] = SOURCE_URL;
      } else if (END_MARK_RE.test(t)) reason[i] = END_MARK;
      else if (t.endsWith('./.') && t.length > 3) {
        const ce = lines.contentEnd[i];
        cut.set(i, ce - 2);
        cutSkips.push({ line: i + 1, endLine: i + 1, start: ce - 2, end: ce, reason: REASONS[END_MARK] });
      }
    }
    const t = single(b);
    if (!t || blockReason(b)) continue;
    if (BARE_URL_RE.test(t)) mark(b, SOURCE_URL);
    else if (PAGE_NUMBER_RE.test(t)) mark(b, PAGE_NUMBER);
    else {
      const words = wordCount(t);
      // A sentence that merely mentions a subscription is text; a prompt is unpunctuated or imperative.
      if (words <= MAX_PROMPT_WORDS && STRONG_PROMPT_RE.test(t) && (!endsSentence(t) || IMPERATIVE_RE.test(t) || TRIAL_RE.test(t))) {
        mark(b, PROMPT);
      }
      else if (words <= MAX_WEAK_PROMPT_WORDS && IMPERATIVE_RE.test(t) && !endsSentence(t)) weak[b] = 1;
    }
  }

  // Headline link lists: a short label, then a block of one-line headline entries, in the
  // page's tail (no body text after them), so that a document's own short lists stay.
  const candidate = new Uint8Array(nb);
  for (let b = 0; b + 1 < nb; b++) {
    const h = single(b);
    if (!h || blockReason(b) === SCRAPE_DATE || markers[bs[b]].kind !== NO_MARKER) continue;
    if (wordCount(h) > MAX_LIST_HEADING_WORDS || endsSentence(h) || h.endsWith(':')) continue;
    if (isHeadlineList(b + 1)) { candidate[b] = 1; candidate[b + 1] = 1; }
  }
  let lastBody = -1;
  for (let b = nb - 1; b >= 0; b--) {
    if (blockReason(b) || candidate[b] || weak[b]) continue;
    const t = single(b);
    if (!t || endsSentence(t)) { lastBody = b; break; }
  }
  for (let b = lastBody + 1; b < nb; b++) if (candidate[b]) { mark(b, LINK_LIST); weak[b] = 0; }

  // Bare imperatives next to furniture are prompts too; never the first content block (a title).
  const first = firstContent;
  for (let b = first + 1; b < nb; b++) if (weak[b] && !blockReason(b) && blockReason(b - 1)) mark(b, PROMPT);
  for (let b = nb - 2; b > first; b--) if (weak[b] && !blockReason(b) && blockReason(b + 1)) mark(b, PROMPT);

  // Related-article teasers: headline (+ one standfirst) blocks just before trailing furniture.
  let last = nb - 1;
  while (last >= 0 && blockReason(last)) last--;
  // Only a web page's tail (link lists, prompts) makes trailing headline blocks teasers; a
  // source-URL footer or an end mark alone does not (official texts end with short sections too).
  let webTail = false;
  for (let b = last + 1; b < nb; b++) if (blockReason(b) === LINK_LIST || blockReason(b) === PROMPT) webTail = true;
  if (last >= 0 && webTail) {
    let k = last;
    let units = 0;
    let from = -1;
    while (k > first + 1) {
      if (isTeaserHeadline(k)) { units++; from = k; k--; continue; }
      if (!blockReason(k) && markers[bs[k]].kind === NO_MARKER && k - 1 > first && isTeaserHeadline(k - 1)) {
        units++; from = k - 1; k -= 2; continue;
      }
      break;
    }
    if (units >= MIN_TEASERS) for (let b = from; b <= last; b++) if (!blockReason(b)) mark(b, TEASER);
  }

  return { reason, cut, skipped: collect(lines, reason, cutSkips) };

  function isHeadlineList(b: number): boolean {
    const count = be[b] - bs[b];
    if (count < MIN_HEADLINES) return false;
    let words = 0;
    let punctuated = 0;
    for (let i = bs[b]; i < be[b]; i++) {
      if (markers[i].kind === NO_MARKER) return false;
      const t = lineText(i);
      if (!t) return false;
      const w = wordCount(t);
      if (w > MAX_HEADLINE_WORDS) return false;
      words += w;
      const last = t.charCodeAt(t.length - 1);
      if (last === 46 || last === 59 || last === 44) punctuated++;
    }
    return words >= MIN_HEADLINE_WORDS * count && punctuated * 2 <= count;
  }

  function isTeaserHeadline(b: number): boolean {
    const t = single(b);
    if (!t || blockReason(b) || markers[bs[b]].kind !== NO_MARKER) return false;
    const c = t.charCodeAt(0);
    return wordCount(t) <= MAX_TEASER_HEADLINE_WORDS && !endsSentence(t) && !t.endsWith(':')
      && (isUpper(c) || isDigit(c) || isOpener(c));
  }
}

/** Whether a short line ends like a sentence (`.`, `!`, `?`, `…`, `;`, `:`, `,`, before closing quotes). */
export function endsSentence(t: string): boolean {
  let k = t.length - 1;
  while (k >= 0 && isCloser(t.charCodeAt(k))) k--;
  if (k < 0) return false;
  const c = t.charCodeAt(k);
  return isTerminal(c) || c === 59 || c === 58 || c === 44;
}

function wordCount(t: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A line that is only a day name and/or a date (`Monday`, `11th Dec 2023`, `11/12/2023`). */
function isDateOrDay(t: string): boolean {
  const tokens = t.toLowerCase().split(/[\s,./\-–]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 7) return false;
  let numbers = 0;
  let names = 0;
  for (const tok of tokens) {
    if (/^\d{1,4}(?:st|nd|rd|th|er|e|ème|eme|de|ste|º|°)?$/.test(tok)) numbers++;
    else if (MONTHS.has(fold(tok)) || DAYS.has(fold(tok))) names++;
    else if (/^\d{1,2}:\d{2}$/.test(tok) || DATE_FILLERS.has(tok)) continue;
    else return false;
  }
  return numbers > 0 || (names === 1 && tokens.length === 1 && DAYS.has(fold(tokens[0])));
}

/** Merge furniture lines into `skipped` ranges (blank lines between lines of one reason join them). */
function collect(lines: LineTable, reason: Uint8Array, cutSkips: Skipped[]): Skipped[] {
  const out: Skipped[] = [];
  let open: Skipped | null = null;
  let c = 0;
  const flushCuts = (beforeOffset: number): void => {
    while (c < cutSkips.length && cutSkips[c].start < beforeOffset) out.push(cutSkips[c++]);
  };
  for (let i = 0; i < lines.count; i++) {
    const blank = lines.contentStart[i] >= lines.contentEnd[i];
    if (blank) continue;
    const r = reason[i];
    if (r === 0) { open = null; continue; }
    if (open && open.reason === REASONS[r]) {
      open.endLine = i + 1;
      open.end = lines.contentEnd[i];
      continue;
    }
    flushCuts(lines.contentStart[i]);
    open = { line: i + 1, endLine: i + 1, start: lines.contentStart[i], end: lines.contentEnd[i], reason: REASONS[r] };
    out.push(open);
  }
  flushCuts(Infinity);
  out.sort((a, b) => a.start - b.start);
  return out;
}
