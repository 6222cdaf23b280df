/** The shape of what fbcoop knows about one language (`src/lang/<iso>.ts`). */

/** Kind of a number word: u 0–19, t tens, h hundred, s scale (value = power of ten), c connector. */
export type NumberWordKind = 'u' | 't' | 'h' | 's' | 'c';

/**
 * One row of a number-word table: space-separated spellings (folded: no accents, lower case),
 * their kind, their value, and flags: `o` ordinal, `p` plural scale word (`millions`, only
 * multiplies), `a` article (`a` in English, a figure only before `hundred`, `thousand`…).
 */
export type NumberWordRow = readonly [words: string, kind: NumberWordKind, value: number, flags?: string];

/** Everything one language contributes: every stage reads it from here, never from a list of its own. */
export interface LanguageData {
  /** ISO 639-1 code. */
  code: string;
  /** Month names, January first; each month lists its spellings as written (accents kept). */
  months: readonly (readonly string[])[];
  /** Month abbreviations without their dot, January first; trusted only in text of this language. */
  monthAbbreviations: readonly (readonly string[])[];
  /** Weekday names, Monday first, as written. */
  weekdays: readonly string[];
  /** Weekday abbreviations (`Mon`, `Tue`), as seen in date headers. */
  weekdayAbbreviations: readonly string[];
  /** Spelled-out numbers (empty where the language's number words are not read yet). */
  numberWords: readonly NumberWordRow[];
  /** Titles written before a name, lower case without their dot (`mme`, `dr`): a dot after one never ends a sentence. */
  titles: readonly string[];
  /** Abbreviations written before a number (`art. 3`, `nr. 12`, `p. 5`), lower case without their dot. */
  numberAbbreviations: readonly string[];
  /** Abbreviations used inside a sentence (`e.g`, `bijv`, `c.-à-d`), lower case without their final dot. */
  innerAbbreviations: readonly string[];
  /** Lower-case particles inside names (`van` in `Jan van Eyck`, `de` in `Charles de Gaulle`). */
  nameParticles: readonly string[];
  /** Elided particles inside names (`d’` in `Valéry Giscard d’Estaing`). */
  elidedParticles: readonly string[];
  /** Particles that, capitalised, may open a surname (`De Croo`, `Van Quickenborne`, `Le Havre`). */
  capitalParticles: readonly string[];
  /** Function words, capitalised only when they open a sentence or a title (folded). */
  functionWords: readonly string[];
}
