/**
 * XLIFF 1.2 and 2.0, and TMX: bilingual files whose units are already aligned. Each unit gives two
 * blocks, its source then its target (an empty target block when it has none), pointing at the
 * text of the file itself; inline codes (`<ph>`, `<bpt>`…) are left out, escapes are mapped.
 */
import type { Block, FormatReading, Replacement } from './types.js';
import { scanXml, xmlEscapes } from './xml-scan.js';

/** Elements whose content is native code, not text (XLIFF 1.2, 2.0 and TMX inline markup). */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'originalData']);
/** Elements whose source/target children are not the unit's own text. */
const OTHER_TEXT = new Set(['alt-trans', 'seg-source', 'note', 'notes', 'ignorable', 'matches', 'mtc:matches']);

/** `fr-FR`, `FR`, `fra` → the ISO 639-1 primary subtag as fbcoop writes languages (`fr`); undefined for none. */
export function primaryLanguage(code: string | undefined): string | undefined {
  if (code === undefined || code.trim() === '' || code === '*all*') return undefined;
  return code.trim().split(/[-_]/)[0].toLowerCase();
}

interface Side {
  ranges: number[];
  lang?: string;
}

/** Collects the text ranges of one source/target/seg element, codes left out. */
class Collector {
  ranges: number[] = [];
  private codeDepth = 0;
  constructor(private readonly value: string, private readonly replacements: Replacement[]) {}
  open(name: string, selfClosing: boolean): void {
    if (CODE_ELEMENTS.has(localName(name)) && !selfClosing) this.codeDepth++;
  }
  close(name: string, selfClosing: boolean): void {
    if (CODE_ELEMENTS.has(localName(name)) && !selfClosing) this.codeDepth--;
  }
  text(start: number, end: number, cdata: boolean): void {
    if (this.codeDepth > 0 || end <= start) return;
    this.ranges.push(start, end);
    if (!cdata) xmlEscapes(this.value, start, end, this.replacements);
  }
}

function localName(name: string): string {
  const k = name.indexOf(':');
  return k < 0 ? name : name.slice(k + 1);
}

/**
 * Read an XLIFF 1.2 or 2.0 file.
 * @param value the decoded file
 * @throws Error when the XML is malformed or holds no unit
 */
export function readXliff(value: string): FormatReading {
  const blocks: Block[] = [];
  const replacements: Replacement[] = [];
  const stack: string[] = [];
  let version = '';
  let srcLang: string | undefined;
  let trgLang: string | undefined;
  let unitId: string | undefined;
  let units = 0;
  let source: Side | undefined;
  let target: Side | undefined;
  let collector: Collector | undefined;
  let collecting: 'source' | 'target' | undefined;
  let sideLang: string | undefined;
  let otherDepth = 0;
  let skipUnit = false;
  const flush = (): void => {
    if (source === undefined || skipUnit) {
      source = undefined;
      target = undefined;
      return;
    }
    units++;
    const id = unitId ?? String(units);
    blocks.push({ kind: 'paragraph', ranges: source.ranges, locator: { unit: id }, side: 'source', ...(source.lang ? { lang: source.lang } : {}) });
    const t = target ?? { ranges: [], lang: trgLang };
    blocks.push({ kind: 'paragraph', ranges: t.ranges, locator: { unit: id }, side: 'target', ...(t.lang ? { lang: t.lang } : {}) });
    source = undefined;
    target = undefined;
  };
  scanXml(value, (e) => {
    if (e.type === 'open') {
      const name = localName(e.name);
      stack.push(name);
      if (collector) { collector.open(e.name, e.selfClosing); return; }
      if (OTHER_TEXT.has(name) || OTHER_TEXT.has(e.name)) { otherDepth++; return; }
      if (otherDepth > 0) return;
      if (name === 'xliff') {
        version = e.attrs.version ?? '';
        srcLang = primaryLanguage(e.attrs.srcLang);
        trgLang = primaryLanguage(e.attrs.trgLang);
      } else if (name === 'file') {
        srcLang = primaryLanguage(e.attrs['source-language']) ?? srcLang;
        trgLang = primaryLanguage(e.attrs['target-language']) ?? trgLang;
      } else if (name === 'trans-unit' || name === 'unit') {
        unitId = e.attrs.id;
        // Not for translation: a unit marked so, or the gettext header po2xliff writes as a unit.
        if (e.attrs.translate === 'no' || e.attrs.restype === 'x-gettext-domain-header') skipUnit = true;
      } else if ((name === 'source' || name === 'target') && !e.selfClosing) {
        collecting = name;
        collector = new Collector(value, replacements);
        sideLang = primaryLanguage(e.attrs['xml:lang']) ?? (name === 'source' ? srcLang : trgLang);
      }
      return;
    }
    if (e.type === 'close') {
      const name = localName(e.name);
      stack.pop();
      if (collector) {
        if ((name === 'source' || name === 'target') && collecting === name && !stack.some((s) => s === 'source' || s === 'target')) {
          const side: Side = { ranges: collector.ranges, lang: sideLang };
          if (name === 'source') source = side;
          else target = side;
          collector = undefined;
          collecting = undefined;
        } else collector.close(e.name, false);
        return;
      }
      if (OTHER_TEXT.has(name) || OTHER_TEXT.has(e.name)) { otherDepth--; return; }
      if (otherDepth > 0) return;
      // 1.2: one pair per trans-unit; 2.0: one per segment.
      if (name === 'trans-unit' || name === 'segment') flush();
      if (name === 'trans-unit' || name === 'unit') {
        unitId = undefined;
        skipUnit = false;
      }
      return;
    }
    if (collector) collector.text(e.start, e.end, e.type === 'cdata');
  });
  if (units === 0) throw new Error('no translation unit found');
  const label = version.startsWith('2') ? 'XLIFF 2' : 'XLIFF 1.2';
  return { format: 'xliff', value, blocks, replacements, notes: [`${label}: ${units} unit${units === 1 ? '' : 's'}, ${srcLang ?? 'und'} → ${trgLang ?? 'und'}`] };
}

/**
 * Read a TMX file: each `<tu>` is a unit; its source is the variant in the header's `srclang`
 * (else the first), its target the first variant in another language.
 * @param value the decoded file
 * @throws Error when the XML is malformed or holds no unit
 */
export function readTmx(value: string): FormatReading {
  const blocks: Block[] = [];
  const replacements: Replacement[] = [];
  let srcLang: string | undefined;
  let tuid: string | undefined;
  let units = 0;
  let variants: Side[] = [];
  let variantLang: string | undefined;
  let collector: Collector | undefined;
  const langs = new Set<string>();
  scanXml(value, (e) => {
    if (e.type === 'open') {
      if (collector) { collector.open(e.name, e.selfClosing); return; }
      if (e.name === 'header') srcLang = primaryLanguage(e.attrs.srclang);
      else if (e.name === 'tu') { tuid = e.attrs.tuid; variants = []; }
      else if (e.name === 'tuv') variantLang = primaryLanguage(e.attrs['xml:lang'] ?? e.attrs.lang);
      else if (e.name === 'seg' && !e.selfClosing) collector = new Collector(value, replacements);
      return;
    }
    if (e.type === 'close') {
      if (collector) {
        if (e.name === 'seg') { variants.push({ ranges: collector.ranges, lang: variantLang }); collector = undefined; }
        else collector.close(e.name, false);
        return;
      }
      if (e.name === 'tu' && variants.length > 0) {
        units++;
        let s = variants.findIndex((v) => srcLang !== undefined && v.lang === srcLang);
        if (s < 0) s = 0;
        const source = variants[s];
        const target = variants.find((v, k) => k !== s && v.lang !== source.lang) ?? { ranges: [] };
        const id = tuid ?? String(units);
        for (const v of [source, target]) if (v.lang) langs.add(v.lang);
        blocks.push({ kind: 'paragraph', ranges: source.ranges, locator: { unit: id }, side: 'source', ...(source.lang ? { lang: source.lang } : {}) });
        blocks.push({ kind: 'paragraph', ranges: target.ranges, locator: { unit: id }, side: 'target', ...(target.lang ? { lang: target.lang } : {}) });
      }
      return;
    }
    if (collector) collector.text(e.start, e.end, e.type === 'cdata');
  });
  if (units === 0) throw new Error('no translation unit found');
  return { format: 'tmx', value, blocks, replacements, notes: [`TMX: ${units} unit${units === 1 ? '' : 's'} (${[...langs].join(', ') || 'und'})`] };
}
