/**
 * A small stand-in for `src/anchors` so the value rules' matching logic is
 * tested on its own: day-month-year dates (en/fr/nl month names), years,
 * `25–26 April 2018` ranges, digit figures with `,`/`.`/space grouping, a few
 * spelled-out numbers, capitalised multi-word names and acronyms.
 */
import type { Anchor } from '../../src/types.js';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  januari: 1, februari: 2, maart: 3, april_: 4, mei: 5, juni: 6, juli: 7, augustus: 8, oktober: 10,
};
const WORDS: Record<string, number> = { two: 2, deux: 2, twee: 2, three: 3, trois: 3, drie: 3, twenty: 20, vingt: 20, twintig: 20, hundred: 100, cent: 100, honderd: 100 };
const pad = (n: number | string) => String(n).padStart(2, '0');

/** Extract anchors the way the real module is specified to (values only). */
export function fakeAnchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  const taken: boolean[] = [];
  const add = (kind: Anchor['kind'], start: number, end: number, value: string) => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) taken[i] = true;
    out.push({ kind, surface: text.slice(start, end), value, start, end });
  };
  const month = (w: string) => MONTHS[w.toLowerCase()];
  for (const m of text.matchAll(/\b(\d{1,2})(?:er)?(?:\s*[–-]\s*(\d{1,2}))?\s+([\p{L}]+)(?:\s+(\d{4}))?/gu)) {
    const mo = month(m[3]);
    if (!mo) continue;
    const y = m[4] ? m[4] : '-';
    const one = (d: string) => `${y}-${pad(mo)}-${pad(d)}`;
    add('date', m.index!, m.index! + m[0].length, m[2] ? `${one(m[1])}/${one(m[2])}` : one(m[1]));
  }
  for (const m of text.matchAll(/\b(19|20)\d{2}\b/g)) add('date', m.index!, m.index! + 4, m[0]);
  for (const m of text.matchAll(/\d+(?:[ ,.]\d{3})*(?:[,.]\d+)?/g)) {
    const raw = m[0];
    const value = raw.replace(/[ ,.](?=\d{3}\b)/g, '').replace(',', '.');
    add('number', m.index!, m.index! + raw.length, String(Number(value)));
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const v = WORDS[m[0].toLowerCase()];
    if (v !== undefined) add('number', m.index!, m.index! + m[0].length, String(v));
  }
  for (const m of text.matchAll(/\b\p{Lu}{2,}\b/gu)) add('acronym', m.index!, m.index! + m[0].length, m[0].toLowerCase());
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+(?:\s+(?:van|de|der)?\s*\p{Lu}\p{Ll}+)+/gu)) {
    add('name', m.index!, m.index! + m[0].length, m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  }
  return out.sort((a, b) => a.start - b.start);
}
