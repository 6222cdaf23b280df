/** XML output through fast-xml-parser's builder, with text made safe for XML 1.0. */
import { XMLBuilder } from 'fast-xml-parser';

/** Prefix of attribute keys in the objects given to `buildXml`. */
export const ATTR = '@_';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/**
 * Serialise an object tree (attributes keyed `@_name`) as an XML document with
 * a UTF-8 declaration; the builder escapes `&`, `<`, `>` and quotes.
 */
export function buildXml(root: Record<string, unknown>): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + builder.build(root).replace(/\n*$/, '\n');
}

/**
 * Text safe for XML 1.0: characters XML cannot carry at all (C0 controls
 * other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD,
 * so that one stray byte never makes the whole file unreadable.
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
