/** List and heading numbers as word processors render them (DOCX numFmt, ODF num-format). */

/** Number styles a numbering definition may ask for. */
export type NumberStyle = 'decimal' | 'decimal-zero' | 'lower-letter' | 'upper-letter' | 'lower-roman' | 'upper-roman' | 'none';

/**
 * Render a counter in a number style.
 * @param n the counter (1-based; 0 or less renders as decimal)
 * @param style the number style
 */
export function formatNumber(n: number, style: NumberStyle): string {
  if (style === 'none') return '';
  if (n <= 0) return String(n);
  switch (style) {
    case 'decimal-zero': return n < 10 ? `0${n}` : String(n);
    case 'lower-letter': return letters(n);
    case 'upper-letter': return letters(n).toUpperCase();
    case 'lower-roman': return roman(n).toLowerCase();
    case 'upper-roman': return roman(n);
    default: return String(n);
  }
}

// a, b, …, z, aa, bb, … as Word and LibreOffice both render past z
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) { out += digits; n -= value; }
  }
  return out;
}

/**
 * A bullet character as a reader would see it: symbol-font code points (the private-use area
 * Word and LibreOffice write for Symbol/Wingdings bullets) and empty bullets become `•`.
 * @param text the bullet text of the definition
 */
export function normalizeBullet(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || /^[\uE000-\uF8FF]+$/.test(trimmed)) return '•';
  return trimmed;
}
