/** Spanish (calendar words and a few function words). */
import type { LanguageData } from './types.js';

export const es: LanguageData = {
  code: 'es',
  months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  monthAbbreviations: [['ene'], ['feb'], ['mar'], ['abr'], ['may'], ['jun'], ['jul'], ['ago'], ['sep', 'sept', 'set'], ['oct'], ['nov'], ['dic']],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  weekdayAbbreviations: [],
  numberWords: [],
  titles: ['sr', 'sra', 'srta', 'dr'],
  numberAbbreviations: ['pág', 'núm', 'art'],
  innerAbbreviations: [],
  nameParticles: ['de', 'del'],
  elidedParticles: [],
  capitalParticles: ['de', 'del'],
  functionWords: 'el los las lo una unos unas y pero con sin por para sobre'.split(' '),
};
