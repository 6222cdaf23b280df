/**
 * A small XML scanner that keeps offsets: tags, text and CDATA with their place in the file, for
 * the bilingual formats (XLIFF, TMX) whose segments must point back into the file. It checks only
 * what the readers rely on (tags close in order); it is not a validating parser.
 */
import type { Replacement } from './types.js';

/** One thing the scanner met. Offsets are into the scanned text; `end` is exclusive. */
export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; start: number; end: number; selfClosing: boolean }
  | { type: 'close'; name: string; start: number; end: number }
  | { type: 'text'; start: number; end: number }
  | { type: 'cdata'; start: number; end: number };

/** The XML escapes every document may use. */
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Scan `value` and call `on` for each tag, text run and CDATA section, in order.
 * @throws Error (with the line) when a tag is not closed or closes another one's element
 */
export function scanXml(value: string, on: (event: XmlEvent) => void): void {
  const stack: string[] = [];
  let i = 0;
  const n = value.length;
  const fail = (what: string, at: number): never => {
    let line = 1;
    for (let k = 0; k < at; k++) if (value.charCodeAt(k) === 10) line++;
    throw new Error(`${what} at line ${line}`);
  };
  while (i < n) {
    const lt = value.indexOf('<', i);
    if (lt < 0) {
      if (i < n) on({ type: 'text', start: i, end: n });
      break;
    }
    if (lt > i) on({ type: 'text', start: i, end: lt });
    if (value.startsWith('<!--', lt)) {
      const e = value.indexOf('-->', lt + 4);
      if (e < 0) fail('unclosed comment', lt);
      i = e + 3;
    } else if (value.startsWith('<![CDATA[', lt)) {
      const e = value.indexOf(']]>', lt + 9);
      if (e < 0) fail('unclosed CDATA section', lt);
      on({ type: 'cdata', start: lt + 9, end: e });
      i = e + 3;
    } else if (value.startsWith('<?', lt)) {
      const e = value.indexOf('?>', lt + 2);
      if (e < 0) fail('unclosed processing instruction', lt);
      i = e + 2;
    } else if (value.startsWith('<!', lt)) {
      i = skipDeclaration(value, lt);
      if (i < 0) fail('unclosed declaration', lt);
    } else if (value.charCodeAt(lt + 1) === 47) {
      const e = value.indexOf('>', lt);
      if (e < 0) fail('unclosed tag', lt);
      const name = value.slice(lt + 2, e).trim();
      const open = stack.pop();
      if (open !== name) fail(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`, lt);
      on({ type: 'close', name, start: lt, end: e + 1 });
      i = e + 1;
    } else {
      const e = tagEnd(value, lt);
      if (e < 0) fail('unclosed tag', lt);
      const selfClosing = value.charCodeAt(e - 2) === 47;
      const inner = value.slice(lt + 1, selfClosing ? e - 2 : e - 1);
      const m = /^([^\s/>]+)/.exec(inner);
      if (!m) fail('bad tag', lt);
      const name = m![1];
      on({ type: 'open', name, attrs: attributes(inner.slice(name.length)), start: lt, end: e, selfClosing });
      if (selfClosing) on({ type: 'close', name, start: e, end: e });
      else stack.push(name);
      i = e;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]}> is never closed`, n);
}

/** Offset after a tag's `>`, skipping `>` inside quoted attribute values. */
function tagEnd(value: string, lt: number): number {
  let quote = 0;
  for (let k = lt + 1; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k + 1;
    else if (c === 60) return -1;
  }
  return -1;
}

/** `<!DOCTYPE …>` with an internal subset `[ … ]`. */
function skipDeclaration(value: string, lt: number): number {
  let depth = 0;
  for (let k = lt + 2; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return k + 1;
  }
  return -1;
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]] = decodeXml(m[2] ?? m[3]);
  return out;
}

/** Decode XML escapes in an attribute value. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (all, name: string) => entity(name) ?? all);
}

function entity(name: string): string | undefined {
  if (name.startsWith('#x')) return codePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10));
  return PREDEFINED[name];
}

function codePoint(n: number): string | undefined {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

/**
 * The escapes in `[start, end)` of `value` as replacements (appended to `out`).
 * @param value the scanned text
 */
export function xmlEscapes(value: string, start: number, end: number, out: Replacement[]): void {
  for (let k = value.indexOf('&', start); k >= 0 && k < end; k = value.indexOf('&', k + 1)) {
    const semi = value.indexOf(';', k);
    if (semi < 0 || semi >= end || semi - k > 12) continue;
    const text = entity(value.slice(k + 1, semi));
    if (text !== undefined) out.push({ offset: k, length: semi + 1 - k, text });
  }
}
