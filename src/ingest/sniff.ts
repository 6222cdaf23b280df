/**
 * Tell text from binary by the first bytes of a file, the way `git` and `grep`
 * do: a NUL byte, a known binary signature, or many control characters.
 */

/** How many leading bytes are looked at: enough to judge, cheap on huge files. */
export const SNIFF_LENGTH = 8192;

/** Share of control characters above which a sample is not text (real text has almost none). */
const CONTROL_SHARE_LIMIT = 0.1;

/** Signatures of binary formats people mistake for text (a PDF, a .docx, an image). */
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive, e.g. .docx or .odt' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF image' },
  { bytes: [0x1f, 0x8b], name: 'gzip archive' },
];

/** Which byte-order mark, if any, starts the bytes. */
export type Bom = 'utf-8' | 'utf-16le' | 'utf-16be' | undefined;

/**
 * The byte-order mark at the start of `bytes`.
 * @returns the encoding it announces, or undefined
 */
export function bomOf(bytes: Uint8Array): Bom {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark, recognised by its zero high bytes: Latin
 * text in UTF-16LE has a NUL at almost every odd index and hardly any at even ones.
 * @returns the byte order, or undefined when the sample does not look like UTF-16
 */
export function bomlessUtf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Nearly all high bytes zero and nearly no low byte zero: too regular for binary data.
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Why the bytes are not text, judged from their start (no byte-order mark assumed).
 * @returns a short reason (`NUL bytes`, `PDF document`, …), or undefined for text
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const { bytes: sig, name } of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, SNIFF_LENGTH);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'NUL bytes';
    // Tab, LF, VT, FF, CR, SUB (DOS end of file) and ESC (terminal colours) occur in real text.
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1a && b !== 0x1b) || b === 0x7f) {
      controls++;
    }
  }
  if (n > 0 && controls / n > CONTROL_SHARE_LIMIT) return 'control characters';
  return undefined;
}
