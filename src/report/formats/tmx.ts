/** `align --format tmx`: TMX 1.4b, importable by CAT tools as a translation memory. */
import type { Alignment, SegmentedDocument } from '../../types.js';
import { score6 } from '../common.js';
import type { FormatOptions } from '../index.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';

/**
 * A TMX 1.4b document: one `<tu>` per bead that has text on both sides (an
 * omission or addition is not a translation unit), `tuid` = the bead's 1-based
 * number, the score as `<prop type="x-fbcoop-score">`, one `<tuv>` per side.
 * Each side's `xml:lang` is its document's language (one language pair per
 * memory, as CAT tools expect; per-segment detection is noisy on short
 * segments); an undetermined document stays `und`, a valid BCP 47 tag, rather
 * than losing units. Several segments on one side are joined by a space.
 * No creation date: the report stage reads no clock.
 */
export function tmxDocument(alignment: Alignment, options: FormatOptions): string {
  const srcLang = alignment.source.lang || 'und';
  const tgtLang = alignment.target.lang || 'und';
  const units: Record<string, unknown>[] = [];
  alignment.beads.forEach((bead, i) => {
    if (bead.source.length === 0 || bead.target.length === 0) return;
    units.push({
      [`${ATTR}tuid`]: String(i + 1),
      prop: { [`${ATTR}type`]: 'x-fbcoop-score', '#text': score6(bead.score) },
      tuv: [
        { [`${ATTR}xml:lang`]: srcLang, seg: sideText(alignment.source, bead.source) },
        { [`${ATTR}xml:lang`]: tgtLang, seg: sideText(alignment.target, bead.target) },
      ],
    });
  });
  return buildXml({
    tmx: {
      [`${ATTR}version`]: '1.4',
      header: {
        [`${ATTR}creationtool`]: 'fbcoop',
        [`${ATTR}creationtoolversion`]: options.toolVersion ?? 'unknown',
        [`${ATTR}segtype`]: 'sentence',
        [`${ATTR}o-tmf`]: 'fbcoop',
        [`${ATTR}adminlang`]: 'en',
        [`${ATTR}srclang`]: srcLang,
        [`${ATTR}datatype`]: 'plaintext',
      },
      body: units.length > 0 ? { tu: units } : '',
    },
  });
}

function sideText(doc: SegmentedDocument, indices: readonly number[]): string {
  return xmlSafe(indices.map((i) => doc.segments[i]?.text ?? '').join(' '));
}
