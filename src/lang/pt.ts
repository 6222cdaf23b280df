/** Portuguese (calendar words and a few function words). */
import type { LanguageData } from './types.js';

export const pt: LanguageData = {
  code: 'pt',
  months: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  monthAbbreviations: [['jan'], ['fev'], ['mar'], ['abr'], ['mai'], ['jun'], ['jul'], ['ago'], ['set'], ['out'], ['nov'], ['dez']],
  weekdays: [],
  weekdayAbbreviations: [],
  numberWords: [],
  titles: ['sr', 'sra', 'dr'],
  numberAbbreviations: ['pág', 'art'],
  innerAbbreviations: [],
  nameParticles: ['da', 'das', 'do', 'dos', 'de'],
  elidedParticles: [],
  capitalParticles: ['dos'],
  functionWords: 'os as um uma e da do das dos na no em'.split(' '),
};
