/** A flat tokenisation of a text: digit runs, letter runs and single punctuation marks. */

/** Token kinds: `d` a run of ASCII digits, `w` a run of letters, `p` one other visible character. */
export type TokenKind = 'd' | 'w' | 'p';

/** One token with its span in the text. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\d+|[\p{L}\p{M}]+|\S/gu;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Cut a text into tokens, white space dropped (compare `end` and the next `start` to see it).
 * @param text any text
 * @returns tokens in text order
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const c = m[0].charCodeAt(0);
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'd' : asciiLetter || (c > 127 && LETTER.test(m[0])) ? 'w' : 'p';
    tokens.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
