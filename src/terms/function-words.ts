/**
 * Function words that an acronym's letters skip ("équipes communes d'enquête" → ECE)
 * and that a term candidate may not start or end with. Small closed lists for the
 * languages fbcoop stems; other languages use the union.
 */
const WORDS: Record<string, readonly string[]> = {
  fr: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'en', 'à', 'au', 'aux', 'pour', 'sur', 'par', 'un', 'une', 'dans', 'avec', 'ou', 'que', 'qui', 'ce', 'ces', 'cette', 'son', 'sa', 'ses', 'leur', 'leurs', 'nos', 'notre', 'se', 's', 'qu', 'ne', 'pas', 'est', 'sont', 'a', 'ont', 'été', 'nous', 'vous', 'il', 'ils', 'elle', 'elles', 'on', 'je', 'y', 'afin', 'entre', 'contre', 'lors', 'dès', 'ainsi', 'également', 'notamment'],
  en: ['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'or', 'from', 'as', 'that', 'this', 'these', 'its', 'their', 'our', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'we', 'it', 'which', 'who', 'both', 'into', 'you', 'they', 'he', 'she', 'i', 'us', 'between', 'against', 'also', 'such', 'will', 'would', 'can', 'should', 'more', 'most', 'particularly', 'including', 's'],
  nl: ['de', 'het', 'van', 'en', 'voor', 'een', 'in', 'op', 'der', 'te', 'met', 'aan', 'bij', 'of', 'om', 'tot', 'door', 'die', 'dat', 'is', 'zijn', 'wordt', 'worden', 'onze', 'ons', 'hun', 'wij', 'we', 'zij', 'ze', 'hij', 'ook', 'tussen', 'tegen'],
  de: ['der', 'die', 'das', 'des', 'dem', 'den', 'und', 'für', 'von', 'zur', 'zum', 'im', 'in', 'mit', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'auf', 'an', 'am', 'bei', 'zu', 'oder', 'ist', 'sind', 'wird', 'werden', 'unsere', 'unser', 'wir', 'sie', 'er', 'es', 'auch', 'zwischen', 'gegen'],
};

const SETS = new Map(Object.entries(WORDS).map(([lang, list]) => [lang, new Set(list)]));
const UNION = new Set(Object.values(WORDS).flat());

/**
 * Whether a word is a function word in a language.
 * @param word the word as written (any case)
 * @param lang ISO 639-1 code
 */
export function isFunctionWord(word: string, lang: string): boolean {
  return (SETS.get(lang) ?? UNION).has(word.toLowerCase());
}
