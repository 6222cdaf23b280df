/**
 * Telling person names from titles and institutions, and comparing acronyms,
 * for `name-mismatch` across languages: persons keep their names in a
 * translation, institutions and most acronyms are translated.
 */
import type { PlacedAnchor } from './context.js';
import { fold } from './text.js';
import { wordsOf } from '../lang/index.js';

/** Words of a person name: given name(s), particles and surname, not a title or a whole sentence. */
const MAX_NAME_WORDS = 4;

/**
 * Words of titles, offices and institutions in the supported languages
 * (folded). A capitalised run containing one is a title or an institution,
 * which translations render in their own words; leading ones are titles
 * before a person's name (`Prime Minister Edouard Philippe`).
 */
const INSTITUTION_WORDS = new Set([
  // English
  'minister', 'ministers', 'prime', 'president', 'vice', 'secretary', 'king', 'queen', 'prince', 'court', 'council', 'union',
  'commission', 'commissioner', 'parliament', 'republic', 'kingdom', 'state', 'states', 'member', 'european', 'national', 'general',
  'federal', 'public', 'home', 'foreign', 'interior', 'justice', 'defence', 'defense', 'affairs', 'ministry', 'department',
  'office', 'agency', 'service', 'services', 'centre', 'centres', 'center', 'system', 'information', 'co-operation', 'cooperation',
  'customs', 'police', 'regulation', 'directive', 'programme', 'program', 'fund', 'bank', 'coalition', 'alliance', 'group',
  'committee', 'network', 'organisation', 'organization', 'authority', 'prosecutor', "prosecutor's", 'chamber', 'house', 'senate',
  'mayor', 'governor', 'prefect', 'ambassador', 'chancellor', 'director', 'chair', 'chairman', 'spokesperson',
  // French
  'ministre', 'ministres', 'premier', 'premiers', 'premiere', 'presidente', 'secretaire', 'roi', 'reine', 'cour', 'conseil',
  'republique', 'royaume', 'etat', 'etats', 'membre', 'membres', 'europeen', 'europeenne', 'federale', 'interieur',
  'affaires', 'ministere', 'bureau', 'agence', 'centre', 'systeme', 'cooperation', 'douane', 'douanes', 'reglement',
  'programme', 'fonds', 'banque', 'groupe', 'comite', 'reseau', 'autorite', 'parquet', 'procureur', 'chambre', 'senat',
  'maire', 'gouverneur', 'prefet', 'ambassadeur', 'directeur', 'porte-parole',
  // Dutch
  'eerste', 'koning', 'koningin', 'raad', 'hof', 'koninkrijk', 'staat', 'staten', 'lidstaten', 'republiek', 'europese',
  'federale', 'overheidsdienst', 'binnenlandse', 'buitenlandse', 'zaken', 'justitie', 'defensie', 'ministerie', 'dienst',
  'agentschap', 'centrum', 'systeem', 'informatie', 'samenwerking', 'douane', 'politie', 'verordening', 'richtlijn',
  'programma', 'groep', 'comite', 'netwerk', 'organisatie', 'autoriteit', 'parket', 'procureur', 'kamer', 'senaat',
  'burgemeester', 'gouverneur', 'ambassadeur', 'directeur', 'voorzitter', 'woordvoerder', 'coalitie', 'unie',
]);

/** Articles: a leading one makes a place (`Den Haag`, `Le Havre`, `La Louvière`), not a person. */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'de', 'den', 'het', 'der', 'die', 'das', 'el', 'los', 'las']);

/** Lower-case particles inside person names (`Jan van Eyck`, `Charles de Gaulle`). */
const PARTICLES = new Set([...wordsOf('nameParticles'), ...wordsOf('elidedParticles')]);

function isInstitutionWord(word: string): boolean {
  return INSTITUTION_WORDS.has(fold(word));
}

/**
 * The person's name in a name anchor, titles before it left out
 * (`Intérieur Annelies Verlinden` → `Annelies Verlinden`), or undefined when
 * the anchor is not a person's name: fewer than two capitalised words, a
 * leading article, or a title or institution word inside.
 * @param anchor a `name` anchor
 * @returns an anchor over the person's name only, its value folded
 */
export function personPart(anchor: PlacedAnchor): PlacedAnchor | undefined {
  const words = [...anchor.surface.matchAll(/\S+/gu)];
  let first = 0;
  while (first < words.length && (isInstitutionWord(words[first][0]) || PARTICLES.has(words[first][0]))) first++;
  const kept = words.slice(first);
  if (kept.length < 2 || kept.length > MAX_NAME_WORDS) return undefined;
  const texts = kept.map((w) => w[0]);
  if (texts.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length < 2) return undefined;
  if (!/^\p{Lu}/u.test(texts[0]) || !/^\p{Lu}/u.test(texts[texts.length - 1])) return undefined;
  if (ARTICLES.has(fold(texts[0])) || texts.some(isInstitutionWord)) return undefined;
  const offset = kept[0].index ?? 0;
  const surface = anchor.surface.slice(offset);
  return { ...anchor, surface, value: fold(surface), start: anchor.start + offset };
}

/** The surname of a person's name: its last word, folded. */
export function surname(person: PlacedAnchor): string {
  const words = person.value.split(/\s+/);
  return words[words.length - 1];
}

/**
 * Whether two acronyms are one letter apart and not a reordering of each
 * other: `PNR`/`PNS` is a changed acronym, `RGPD`/`GDPR` and `CJUE`/`CJEU`
 * are one acronym in two languages, `ECE`/`JIT` are unrelated.
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2 || a === b) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ === 1 && [...a].sort().join('') !== [...b].sort().join('');
}

/** Whether two acronyms have the same letters in another order (`RGPD`/`GDPR`): one name in two languages. */
export function reordered(a: string, b: string): boolean {
  return a !== b && a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
