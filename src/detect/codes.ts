/** ISO 639-3 (franc's codes) ↔ ISO 639-1 (what users see), and the languages franc may answer. */

/**
 * franc's ISO 639-3 codes (including its macrolanguage members such as `ekk`,
 * `lvs`, `arb`, `cmn`) mapped to ISO 639-1.
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  // European Union
  bul: 'bg', ces: 'cs', dan: 'da', deu: 'de', ell: 'el', eng: 'en', spa: 'es',
  est: 'et', ekk: 'et', fin: 'fi', fra: 'fr', gle: 'ga', hrv: 'hr', hun: 'hu',
  ita: 'it', lit: 'lt', lav: 'lv', lvs: 'lv', mlt: 'mt', nld: 'nl', pol: 'pl',
  por: 'pt', ron: 'ro', slk: 'sk', slv: 'sl', swe: 'sv',
  // Other European
  isl: 'is', nor: 'no', nob: 'no', nno: 'no', cat: 'ca', eus: 'eu', glg: 'gl',
  ltz: 'lb', cym: 'cy', gla: 'gd', bre: 'br', fry: 'fy', sqi: 'sq', als: 'sq',
  mkd: 'mk', srp: 'sr', bos: 'bs', bel: 'be', rus: 'ru', ukr: 'uk', tur: 'tr',
  hye: 'hy', kat: 'ka', epo: 'eo', lat: 'la',
  // Elsewhere
  ara: 'ar', arb: 'ar', heb: 'he', ydd: 'yi', yid: 'yi', fas: 'fa', pes: 'fa',
  prs: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', pan: 'pa', guj: 'gu', mar: 'mr',
  tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si', npi: 'ne', tha: 'th',
  lao: 'lo', khm: 'km', mya: 'my', vie: 'vi', ind: 'id', msa: 'ms', zlm: 'ms',
  tgl: 'tl', zho: 'zh', cmn: 'zh', jpn: 'ja', kor: 'ko', kaz: 'kk', uzn: 'uz',
  azj: 'az', tuk: 'tk', kir: 'ky', tgk: 'tg', khk: 'mn', amh: 'am', tir: 'ti',
  swh: 'sw', swa: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh',
  afr: 'af', som: 'so', hat: 'ht',
};

/**
 * The languages franc may choose from: the EU's and the most common others.
 * A closed list keeps short official sentences from being read as minor
 * neighbours (franc reads some English as Scots `sco`, Dutch as Frisian);
 * `bos`/`srp` are left out because franc cannot tell them from Croatian.
 */
export const CANDIDATES: readonly string[] = [
  'eng', 'fra', 'nld', 'deu', 'spa', 'ita', 'por', 'pol', 'ron', 'ces', 'slk',
  'hun', 'swe', 'dan', 'fin', 'ekk', 'lvs', 'lit', 'slv', 'hrv', 'bul', 'ell',
  'nob', 'nno', 'cat', 'glg', 'rus', 'ukr', 'tur', 'arb', 'heb', 'pes', 'hin',
  'cmn', 'jpn', 'kor', 'vie', 'ind', 'tha', 'mkd',
];

/**
 * The ISO 639-1 code of a language code: ISO 639-3 codes are mapped, two-letter
 * codes pass through (lower-cased), anything else is `und`.
 * @param code an ISO 639-3 or ISO 639-1 code, optionally with a region (`fr-BE`); franc's `und` gives `und`
 */
export function toIso6391(code: string): string {
  const lower = code.trim().toLowerCase().split(/[-_]/)[0];
  if (/^[a-z]{2}$/.test(lower)) return lower;
  return ISO_639_1[lower] ?? 'und';
}
