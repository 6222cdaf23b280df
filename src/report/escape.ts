/** HTML escaping, shared by the HTML reports. */

/**
 * Escape text for HTML element content and quoted attribute values.
 * @param text any text
 * @returns the text with `&<>"'` as character references
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
