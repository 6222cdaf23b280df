/** Italian (calendar words and a few function words). */
import type { LanguageData } from './types.js';

export const it: LanguageData = {
  code: 'it',
  months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  monthAbbreviations: [['gen', 'genn'], ['feb', 'febb'], ['mar'], ['apr'], ['mag', 'magg'], ['giu'], ['lug'], ['ago'], ['set', 'sett'], ['ott'], ['nov'], ['dic']],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  weekdayAbbreviations: [],
  numberWords: [],
  titles: ['dott', 'sig', 'sgra', 'prof'],
  numberAbbreviations: ['pag', 'art'],
  innerAbbreviations: [],
  nameParticles: ['di', 'da', 'del', 'della'],
  elidedParticles: [],
  capitalParticles: ['di', 'da', 'del'],
  functionWords: 'gli della delle dei degli nel nella'.split(' '),
};
