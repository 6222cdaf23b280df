/** English. */
import type { LanguageData } from './types.js';

export const en: LanguageData = {
  code: 'en',
  months: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september'], ['october'], ['november'], ['december']],
  monthAbbreviations: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  weekdayAbbreviations: ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  numberWords: [
    ['one', 'u', 1], ['a', 'u', 1, 'a'], ['two', 'u', 2], ['three', 'u', 3], ['four', 'u', 4], ['five', 'u', 5],
    ['six', 'u', 6], ['seven', 'u', 7], ['eight', 'u', 8], ['nine', 'u', 9], ['ten', 'u', 10], ['eleven', 'u', 11],
    ['twelve', 'u', 12], ['thirteen', 'u', 13], ['fourteen', 'u', 14], ['fifteen', 'u', 15], ['sixteen', 'u', 16],
    ['seventeen', 'u', 17], ['eighteen', 'u', 18], ['nineteen', 'u', 19], ['twenty', 't', 20], ['thirty', 't', 30],
    ['forty', 't', 40], ['fifty', 't', 50], ['sixty', 't', 60], ['seventy', 't', 70], ['eighty', 't', 80], ['ninety', 't', 90],
    ['hundred', 'h', 100], ['thousand', 's', 3], ['million', 's', 6], ['billion', 's', 9], ['trillion', 's', 12],
    ['and', 'c', 0],
    ['first', 'u', 1, 'o'], ['second', 'u', 2, 'o'], ['third', 'u', 3, 'o'], ['fourth', 'u', 4, 'o'], ['fifth', 'u', 5, 'o'],
    ['sixth', 'u', 6, 'o'], ['seventh', 'u', 7, 'o'], ['eighth', 'u', 8, 'o'], ['ninth', 'u', 9, 'o'], ['tenth', 'u', 10, 'o'],
    ['eleventh', 'u', 11, 'o'], ['twelfth', 'u', 12, 'o'], ['thirteenth', 'u', 13, 'o'], ['fourteenth', 'u', 14, 'o'],
    ['fifteenth', 'u', 15, 'o'], ['sixteenth', 'u', 16, 'o'], ['seventeenth', 'u', 17, 'o'], ['eighteenth', 'u', 18, 'o'],
    ['nineteenth', 'u', 19, 'o'], ['twentieth', 't', 20, 'o'], ['thirtieth', 't', 30, 'o'], ['fortieth', 't', 40, 'o'],
    ['fiftieth', 't', 50, 'o'], ['sixtieth', 't', 60, 'o'], ['seventieth', 't', 70, 'o'], ['eightieth', 't', 80, 'o'],
    ['ninetieth', 't', 90, 'o'], ['hundredth', 'h', 100, 'o'], ['thousandth', 's', 3, 'o'], ['millionth', 's', 6, 'o'],
  ],
  titles: ['mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sr', 'jr', 'st', 'sts', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'cpt', 'sgt', 'rev', 'hon'],
  numberAbbreviations: ['p', 'pp', 'art', 'arts', 'no', 'nos', 'vol', 'vols', 'fig', 'figs', 'ch', 'chap', 'sect', 'sec', 'par', '§', 'ed', 'tel'],
  innerAbbreviations: ['e.g', 'eg', 'i.e', 'ie', 'cf', 'vs', 'resp', 'incl', 'excl', 'ca', 'approx', 'mt', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'bros', 'viz', 'ibid', 'op', 'cit'],
  nameParticles: [],
  elidedParticles: [],
  capitalParticles: [],
  functionWords: (
    'the a an in on at of for to and but or nor so yet this that these those it its we our us they their them he his she her ' +
    'i you your as by with from into also thus however today yesterday tomorrow there here when where while if then all any ' +
    'each every both no not such what which who whom whose how why after before during since until under over between among ' +
    'against through about above below following according mr mrs ms dr prof sir madam dear yes moreover furthermore finally'
  ).split(' '),
};
