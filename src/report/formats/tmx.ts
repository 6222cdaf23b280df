/** `align --format tmx`: TMX 1.4b, importable by CAT tools as a translation memory. */
import type { Alignment } from '../../types.js';
import { score6 } from '../common.js';
import type { FormatOptions } from '../index.js';
import { translationUnits } from '../units.js';
import { ATTR, buildXml, xmlSafe } from '../xml.js';

/**
 * A TMX 1.4b document: one `<tu>` per translation unit (see units.ts: a bead, or a sentence cut
 * out of a merged bead, so that a CAT tool's sentence segments find exact matches); an omission
 * or addition is not a unit. `tuid` is the unit's 1-based number; props: `x-fbcoop-score` (the
 * bead's), `x-fbcoop-bead` (its 1-based number), `x-fbcoop-sure` (`yes`/`no`), and
 * `x-fbcoop-merged` on a merged bead kept whole (`whole`) or cut into sentences (`split`).
 * Each side's `xml:lang` is its document's language (one language pair per memory, as CAT tools
 * expect; per-segment detection is noisy on short segments); an undetermined document stays
 * `und`, a valid BCP 47 tag, rather than losing units. No creation date: the report stage reads
 * no clock.
 */
export function tmxDocument(alignment: Alignment, options: FormatOptions): string {
  const srcLang = alignment.source.lang || 'und';
  const tgtLang = alignment.target.lang || 'und';
  const units = translationUnits(alignment, options.split ?? true).map((u, i) => {
    const prop: Record<string, string>[] = [
      { [`${ATTR}type`]: 'x-fbcoop-score', '#text': score6(u.score) },
      { [`${ATTR}type`]: 'x-fbcoop-bead', '#text': String(u.bead + 1) },
      { [`${ATTR}type`]: 'x-fbcoop-sure', '#text': u.sure ? 'yes' : 'no' },
    ];
    if (u.origin !== 'bead') prop.push({ [`${ATTR}type`]: 'x-fbcoop-merged', '#text': u.origin === 'split' ? 'split' : 'whole' });
    return {
      [`${ATTR}tuid`]: String(i + 1),
      prop,
      tuv: [
        { [`${ATTR}xml:lang`]: srcLang, seg: xmlSafe(u.source) },
        { [`${ATTR}xml:lang`]: tgtLang, seg: xmlSafe(u.target) },
      ],
    };
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
