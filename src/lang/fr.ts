/** French. */
import type { LanguageData } from './types.js';

export const fr: LanguageData = {
  code: 'fr',
  months: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
  monthAbbreviations: [['janv', 'jan'], ['févr', 'fév'], [], ['avr'], [], [], ['juil'], [], ['sept', 'sep'], ['oct'], ['nov'], ['déc']],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  weekdayAbbreviations: [],
  numberWords: [
    ['un une', 'u', 1], ['deux', 'u', 2], ['trois', 'u', 3], ['quatre', 'u', 4], ['cinq', 'u', 5], ['six', 'u', 6],
    ['sept', 'u', 7], ['huit', 'u', 8], ['neuf', 'u', 9], ['dix', 'u', 10], ['onze', 'u', 11], ['douze', 'u', 12],
    ['treize', 'u', 13], ['quatorze', 'u', 14], ['quinze', 'u', 15], ['seize', 'u', 16],
    ['vingt', 't', 20], ['vingts', 't', 20, 'p'], ['trente', 't', 30], ['quarante', 't', 40], ['cinquante', 't', 50],
    ['soixante', 't', 60], ['septante', 't', 70], ['octante huitante', 't', 80], ['nonante', 't', 90],
    ['cent', 'h', 100], ['cents', 'h', 100, 'p'], ['mille mil', 's', 3], ['million', 's', 6], ['millions', 's', 6, 'p'],
    ['milliard', 's', 9], ['milliards', 's', 9, 'p'], ['billion', 's', 12], ['billions', 's', 12, 'p'],
    ['et', 'c', 0],
    ['premier premiere premiers premieres unieme', 'u', 1, 'o'], ['deuxieme deuxiemes second seconde seconds secondes', 'u', 2, 'o'],
    ['troisieme troisiemes', 'u', 3, 'o'], ['quatrieme', 'u', 4, 'o'], ['cinquieme', 'u', 5, 'o'], ['sixieme', 'u', 6, 'o'],
    ['septieme', 'u', 7, 'o'], ['huitieme', 'u', 8, 'o'], ['neuvieme', 'u', 9, 'o'], ['dixieme', 'u', 10, 'o'],
    ['onzieme', 'u', 11, 'o'], ['douzieme', 'u', 12, 'o'], ['treizieme', 'u', 13, 'o'], ['quatorzieme', 'u', 14, 'o'],
    ['quinzieme', 'u', 15, 'o'], ['seizieme', 'u', 16, 'o'], ['vingtieme', 't', 20, 'o'], ['trentieme', 't', 30, 'o'],
    ['quarantieme', 't', 40, 'o'], ['cinquantieme', 't', 50, 'o'], ['soixantieme', 't', 60, 'o'], ['centieme', 'h', 100, 'o'],
    ['millieme', 's', 3, 'o'],
  ],
  titles: ['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'pr', 'dr', 'prof', 'st', 'ste'],
  numberAbbreviations: ['p', 'art', 'al', 'n°', 'vol', 'fig', 'chap', '§', 'tél', 'éd'],
  innerAbbreviations: ['cf', 'c.-à-d', 'c-à-d', 'env', 'resp'],
  nameParticles: ['de', 'du', 'la', 'le', 'des'],
  elidedParticles: ["d'", 'd’'],
  capitalParticles: ['de', 'le', 'la', 'du'],
  functionWords: (
    'le la les l un une des du de d et ou mais donc or ni car dans en sur sous par pour avec sans au aux ce cet cette ces il ' +
    'elle ils elles nous vous on je tu son sa ses leur leurs notre nos votre vos ainsi toutefois cependant enfin depuis pendant ' +
    'lors selon afin entre vers chez m mme mlle me monsieur madame si quand comme tout tous toute toutes aucun chaque qui que ' +
    'quoi dont'
  ).split(' '),
};
