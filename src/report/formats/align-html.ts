/**
 * `align --format html`: the review page a translator expects. The versions side by side, one
 * row per bead (per stretch of the first document, with three or more versions), each segment on
 * its own line so sentence boundaries show, dates, figures and names highlighted and the dates
 * and figures missing from the other side marked, unsure rows marked, and keys to go from one unsure row to
 * the next (n / j) and back (p / k). One self-contained file: no script or style from elsewhere.
 */
import type { Alignment, Anchor, AnchorKind, SegmentedDocument } from '../../types.js';
import { segmentAnchors } from '../../anchors/index.js';
import { endLineOf } from '../../position.js';
import type { FormatOptions } from '../index.js';
import { pivotDocuments, pivotRows, type RowCell } from '../rows.js';
import { escapeHtml as esc } from '../escape.js';

/** Anchor kinds highlighted, and their CSS class. */
const MARKED: Partial<Record<AnchorKind, string>> = { date: 'a-date', number: 'a-number', name: 'a-name', acronym: 'a-name' };

const CSS = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;padding:0 1.25rem 3rem;background:#fff}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #d9d9d9;padding:.6rem 0;z-index:2}
h1{font-size:1.15rem;margin:0 0 .25rem}
.meta{color:#555;font-size:.85rem}
.keys button{font:inherit;font-size:.85rem;margin-right:.4rem}
kbd{border:1px solid #bbb;border-radius:3px;padding:0 .25rem;font-size:.8rem;background:#f4f4f4}
.legend mark{margin-right:.4rem}
table.review{border-collapse:collapse;width:100%;table-layout:fixed;margin-top:.5rem}
table.review th{text-align:left;font-size:.85rem;color:#333;border-bottom:2px solid #999;padding:.3rem .5rem;overflow-wrap:anywhere}
table.review td{vertical-align:top;border-bottom:1px solid #e3e3e3;padding:.35rem .5rem;overflow-wrap:anywhere}
td.flag{width:5.5rem;font-variant-numeric:tabular-nums;color:#555;font-size:.85rem}
th.flag{width:5.5rem}
.seg{display:block;padding:.1rem 0}
.seg+.seg{border-top:1px dashed #c8c8c8;margin-top:.15rem;padding-top:.25rem}
.ln{color:#888;font-size:.75rem;margin-right:.35rem;font-variant-numeric:tabular-nums}
.none{color:#b3261e;font-style:italic}
tr.unsure td{background:#fff7d6}
tr.unsure td.flag{color:#8a5a00;font-weight:600}
tr.current td{outline:2px solid #1f5fa8;outline-offset:-2px}
mark{background:none;border-radius:3px;padding:0 .1rem}
mark.a-date{background:#dcebff}
mark.a-number{background:#dff5e1}
mark.a-name{background:#f1e4ff}
mark.miss{outline:2px solid #b3261e;background:#ffe1de}
`;

const SCRIPT = `
(function(){
  var rows=[].slice.call(document.querySelectorAll('tr.unsure'));
  var at=-1;
  function go(step){
    if(!rows.length)return;
    var cur=document.querySelector('tr.current');
    if(cur)cur.classList.remove('current');
    at=(at+step+rows.length)%rows.length;
    var r=rows[at];
    r.classList.add('current');
    r.scrollIntoView({block:'center'});
    var s=document.getElementById('where');
    if(s)s.textContent='unsure '+(at+1)+' of '+rows.length;
  }
  document.addEventListener('keydown',function(e){
    if(e.ctrlKey||e.metaKey||e.altKey)return;
    if(e.key==='n'||e.key==='j'){go(1);e.preventDefault();}
    else if(e.key==='p'||e.key==='k'){go(-1);e.preventDefault();}
  });
  var n=document.getElementById('next'),p=document.getElementById('prev');
  if(n)n.addEventListener('click',function(){go(1);});
  if(p)p.addEventListener('click',function(){go(-1);});
})();
`;

/**
 * The review page of one or more alignments that share their source (the pivot).
 * @param alignments pivot → version alignments (one for `align A B`)
 * @returns a complete HTML document
 */
export function alignmentHtml(alignments: readonly Alignment[], options: FormatOptions = {}): string {
  const docs = pivotDocuments(alignments);
  const rows = pivotRows(alignments);
  const unsure = rows.filter((r) => !r.pivot.sure).length;
  const head = docs.map((d) => `<th lang="en">${esc(d.document.path)} <span class="meta">(${esc(d.lang)}, ${d.segments.length} segments)</span></th>`).join('');
  const body = rows.map((row, k) => {
    const cells = [row.pivot, ...row.others];
    const values = cells.map((c, v) => valuesOf(docs[v], c));
    const tds = cells.map((cell, v) => {
      // A value is missing when a non-empty cell on the other side lacks it: the pivot against each version, a version against the pivot.
      const against = v === 0 ? values.slice(1).filter((_, i) => cells[i + 1].segments.length > 0) : cells[0].segments.length > 0 ? [values[0]] : [];
      return `<td lang="${esc(docs[v].lang)}">${cellHtml(docs[v], cell, against)}</td>`;
    });
    const sure = row.pivot.sure;
    const flag = `${row.pivot.score.toFixed(2)}${sure ? '' : ' ?'}`;
    return `<tr id="r${k + 1}" class="row${sure ? '' : ' unsure'}" data-sure="${sure ? 'yes' : 'no'}">${tds.join('')}<td class="flag" title="${sure ? 'sure' : 'unsure: another pairing costs nearly as much'}">${esc(flag)}</td></tr>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fbcoop ${esc(options.toolVersion ?? '')}">
<title>fbcoop alignment: ${esc(docs.map((d) => d.document.path).join(' · '))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Alignment of ${docs.length} versions</h1>
<div class="meta">${rows.length} rows, <span id="unsure-count">${unsure}</span> unsure (shaded, score marked ?). <span class="legend"><mark class="a-date">date</mark><mark class="a-number">figure</mark><mark class="a-name">name</mark><mark class="a-number miss">missing on the other side</mark></span></div>
<div class="keys"><button id="prev" type="button">◀ previous unsure</button><button id="next" type="button">next unsure ▶</button> <kbd>n</kbd>/<kbd>j</kbd> next, <kbd>p</kbd>/<kbd>k</kbd> previous unsure row. <span id="where"></span></div>
</header>
<table class="review">
<thead><tr>${head}<th class="flag">score</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The comparable values of a cell: dates, figures, names. */
function valuesOf(doc: SegmentedDocument, cell: RowCell): Set<string> {
  return valuesOfSegments(doc, cell.segments);
}

/**
 * The dates and figures of some segments of a document: the values compared across sides
 * (names are spelled differently across languages, `République` / `Republic`; `diff`'s
 * name-mismatch rule judges those).
 */
export function valuesOfSegments(doc: SegmentedDocument, segments: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const i of segments) for (const a of marked(doc, i)) if (compared(a)) out.add(a.value);
  return out;
}

/** Whether an anchor's value is compared across sides. */
export function compared(a: Anchor): boolean {
  return a.kind === 'date' || a.kind === 'number';
}

/** The dates, figures and names of a segment worth highlighting, in text order, without overlaps. */
export function marked(doc: SegmentedDocument, i: number): Anchor[] {
  const segment = doc.segments[i];
  if (!segment) return [];
  const all = segmentAnchors(segment, doc.lang).filter((a) => MARKED[a.kind] !== undefined).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Anchor[] = [];
  for (const a of all) if (kept.length === 0 || a.start >= kept[kept.length - 1].end) kept.push(a);
  return kept;
}

function cellHtml(doc: SegmentedDocument, cell: RowCell, against: readonly Set<string>[]): string {
  if (cell.segments.length === 0) return '<span class="none">(no counterpart)</span>';
  return cell.segments.map((i) => {
    const s = doc.segments[i];
    const line = s.position.start.line;
    const end = endLineOf(s.position, doc.document.lineStarts);
    let html = '';
    let at = 0;
    for (const a of marked(doc, i)) {
      const miss = compared(a) && against.some((set) => !set.has(a.value));
      html += esc(s.text.slice(at, a.start));
      html += `<mark class="${MARKED[a.kind]}${miss ? ' miss' : ''}" title="${esc(a.kind)} ${esc(a.value)}${miss ? ': not on the other side' : ''}">${esc(s.text.slice(a.start, a.end))}</mark>`;
      at = a.end;
    }
    html += esc(s.text.slice(at));
    return `<span class="seg" data-segment="${esc(s.id)}"><span class="ln">${line === end ? line : `${line}–${end}`}</span>${html}</span>`;
  }).join('');
}
