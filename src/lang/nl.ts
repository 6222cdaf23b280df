/** Dutch. */
import type { LanguageData } from './types.js';

export const nl: LanguageData = {
  code: 'nl',
  months: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
  monthAbbreviations: [['jan'], ['feb', 'febr'], ['mrt'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dec']],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  weekdayAbbreviations: [],
  numberWords: [
    ['een', 'u', 1], ['twee', 'u', 2], ['drie', 'u', 3], ['vier', 'u', 4], ['vijf', 'u', 5], ['zes', 'u', 6],
    ['zeven', 'u', 7], ['acht', 'u', 8], ['negen', 'u', 9], ['tien', 'u', 10], ['elf', 'u', 11], ['twaalf', 'u', 12],
    ['dertien', 'u', 13], ['veertien', 'u', 14], ['vijftien', 'u', 15], ['zestien', 'u', 16], ['zeventien', 'u', 17],
    ['achttien', 'u', 18], ['negentien', 'u', 19], ['twintig', 't', 20], ['dertig', 't', 30], ['veertig', 't', 40],
    ['vijftig', 't', 50], ['zestig', 't', 60], ['zeventig', 't', 70], ['tachtig', 't', 80], ['negentig', 't', 90],
    ['honderd', 'h', 100], ['duizend', 's', 3], ['miljoen', 's', 6], ['miljard', 's', 9], ['biljoen', 's', 12],
    ['en', 'c', 0],
    ['eerste', 'u', 1, 'o'], ['tweede', 'u', 2, 'o'], ['derde', 'u', 3, 'o'], ['vierde', 'u', 4, 'o'], ['vijfde', 'u', 5, 'o'],
    ['zesde', 'u', 6, 'o'], ['zevende', 'u', 7, 'o'], ['achtste', 'u', 8, 'o'], ['negende', 'u', 9, 'o'], ['tiende', 'u', 10, 'o'],
    ['elfde', 'u', 11, 'o'], ['twaalfde', 'u', 12, 'o'], ['dertiende', 'u', 13, 'o'], ['veertiende', 'u', 14, 'o'],
    ['vijftiende', 'u', 15, 'o'], ['zestiende', 'u', 16, 'o'], ['zeventiende', 'u', 17, 'o'], ['achttiende', 'u', 18, 'o'],
    ['negentiende', 'u', 19, 'o'], ['twintigste', 't', 20, 'o'], ['dertigste', 't', 30, 'o'], ['veertigste', 't', 40, 'o'],
    ['vijftigste', 't', 50, 'o'], ['zestigste', 't', 60, 'o'], ['zeventigste', 't', 70, 'o'], ['tachtigste', 't', 80, 'o'],
    ['negentigste', 't', 90, 'o'], ['honderdste', 'h', 100, 'o'], ['duizendste', 's', 3, 'o'], ['miljoenste', 's', 6, 'o'],
  ],
  titles: ['dhr', 'mevr', 'mw', 'dr', 'drs', 'prof', 'ir', 'ing'],
  numberAbbreviations: ['nr', 'nrs', 'art', 'blz', 'bl', 'p'],
  innerAbbreviations: ['vgl', 'bijv', 'bv', 'o.a', 'a.o', 't.a.v', 'm.b.t', 'i.v.m', 'd.w.z', 'm.a.w', 'z.g.a.n', 'i.s.m', 'p.m', 'n.v.t', 'ca', 'incl', 'excl', 'resp'],
  nameParticles: ['van', 'der', 'den', 'de', 'ten', 'ter'],
  elidedParticles: [],
  capitalParticles: ['van', 'der', 'den', 'de', 'ten', 'ter'],
  functionWords: (
    'het een op van voor met of maar dus ook dit deze die dat ze zij hij wij u ik jij hun hen zijn haar ons onze ' +
    'tot om bij wat wie waar wanneer hoe na naar uit door onder tussen tegen sinds tijdens volgens als dan er hier daar ten ' +
    'ter te niet geen alle elke beide meer dhr mevr mw heer mevrouw'
  ).split(' '),
};
