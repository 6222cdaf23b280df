/** Exact decimal strings: canonical form and scaling by powers of ten, without floating point. */

/**
 * Canonical plain decimal: no leading zeros, no trailing fractional zeros (`007.50` → `7.5`).
 * @param intPart the integer digits
 * @param fracPart the fractional digits (may be empty)
 * @returns the canonical decimal string
 */
export function canonicalDecimal(intPart: string, fracPart: string): string {
  const i = intPart.replace(/^0+(?=\d)/, '') || '0';
  const f = fracPart.replace(/0+$/, '');
  return f.length > 0 ? `${i}.${f}` : i;
}

/**
 * Multiply a canonical decimal by 10^exp (`2.5` × 10^6 → `2500000`).
 * @param value a canonical decimal
 * @param exp a non-negative power of ten
 * @returns the canonical product
 */
export function scaleDecimal(value: string, exp: number): string {
  const dot = value.indexOf('.');
  const intPart = dot < 0 ? value : value.slice(0, dot);
  const frac = dot < 0 ? '' : value.slice(dot + 1);
  const padded = frac.padEnd(exp, '0');
  return canonicalDecimal(intPart + padded.slice(0, exp), padded.slice(exp));
}
