/** URLs and e-mail addresses. */

import type { Occupancy } from './mask.js';

const SCHEMED_URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"«»“”]+/giu;
/** Dotted words; the last label is checked against TLDS in code, so the regex never backtracks far. */
const DOTTED = /(?<![\w@.\-\u00C0-\uFFFF])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+/gi;
/** Cheap test for a dot between two letters or digits, without which there is no bare domain. */
const MAYBE_DOMAIN = /[a-z0-9]\.[a-z]/i;
const WWW = /www\./i;
const PATH = /\/[^\s<>"«»“”]*/y;
/** Top-level domains worth recognising without a scheme: the usual ones in EU official texts. */
const TLDS = new Set([
  'com', 'org', 'net', 'eu', 'int', 'gov', 'edu', 'info', 'io', 'be', 'fr', 'nl', 'de', 'lu', 'uk', 'es',
  'it', 'pt', 'ch', 'at', 'ie', 'dk', 'se', 'fi', 'pl', 'cz', 'gr', 'europa',
]);
const TRAILING = /[.,;:!?'"’”»\]}]+$/u;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/**
 * Claim e-mail addresses, then URLs (with a scheme, `www.`, or a known top-level domain).
 * Values are lower-cased, trailing punctuation left out.
 * @param occ the occupancy of the text being scanned
 */
export function findUrlsAndEmails(occ: Occupancy): void {
  const text = occ.text;
  // E-mail: expand around each `@` by hand, which stays linear where a regex would rescan.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && DOMAIN_CHAR.test(text[e])) e++;
    while (e > at + 1 && /[.-]/.test(text[e - 1])) e--;
    const domain = text.slice(at + 1, e);
    if (s < at && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) {
      occ.claim('email', s, e, text.slice(s, e).toLowerCase());
    }
  }
  if (text.includes('://') || WWW.test(text)) {
    SCHEMED_URL.lastIndex = 0;
    for (let m = SCHEMED_URL.exec(text); m !== null; m = SCHEMED_URL.exec(text)) {
      claimUrl(occ, m.index, m.index + m[0].length);
    }
  }
  if (!MAYBE_DOMAIN.test(text)) return;
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(text); m !== null; m = DOTTED.exec(text)) {
    const raw = m[0].replace(/[.-]+$/, '');
    const tld = raw.slice(raw.lastIndexOf('.') + 1).toLowerCase();
    if (!TLDS.has(tld) || /^\d+(?:\.\d+)*$/.test(raw)) continue;
    let end = m.index + raw.length;
    PATH.lastIndex = end;
    const path = PATH.exec(text);
    if (path !== null) end += path[0].length;
    claimUrl(occ, m.index, end);
  }
}

function claimUrl(occ: Occupancy, start: number, end: number): void {
  let surface = occ.text.slice(start, end);
  surface = surface.replace(TRAILING, '');
  // A closing parenthesis belongs to the URL only when it opened one (Wikipedia-style paths).
  while (surface.endsWith(')') && count(surface, '(') < count(surface, ')')) {
    surface = surface.slice(0, -1).replace(TRAILING, '');
  }
  if (surface.length === 0) return;
  occ.claim('url', start, start + surface.length, surface.toLowerCase());
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}
