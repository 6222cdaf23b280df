/** German (number words not read yet). */
import type { LanguageData } from './types.js';

export const de: LanguageData = {
  code: 'de',
  months: [['januar', 'jänner'], ['februar', 'feber'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember']],
  monthAbbreviations: [['jan'], ['feb'], ['mar', 'mrz'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dez']],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  weekdayAbbreviations: [],
  numberWords: [],
  titles: ['hr', 'fr', 'frau', 'herr', 'dr', 'prof'],
  numberAbbreviations: ['nr', 'art', '§'],
  innerAbbreviations: ['vgl', 'z.b', 'u.a', 'd.h', 'ggf', 'ca'],
  nameParticles: ['von', 'zu', 'der', 'den'],
  elidedParticles: [],
  capitalParticles: ['von', 'der', 'den'],
  functionWords: (
    'der das den dem ein eine einer eines einem einen und oder aber im am an auf aus bei mit nach seit von vom zu zum zur ' +
    'fur uber vor durch gegen ohne um es sie wir ihr ich du sich dies diese dieser dieses herr frau'
  ).split(' '),
};
