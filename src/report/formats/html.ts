/**
 * `check --format html`: one self-contained page (inline CSS and a few lines of
 * JS, no network): a summary per group, the findings most severe first, for a
 * group of three or more versions a table with one column per version, then
 * each compared pair side by side, clause against clause as aligned, with the
 * findings in place, and filters by rule and severity. Every text is escaped and
 * carries its language.
 */
import { escapeHtml } from '../escape.js';
import type { Finding, Location, Severity, WordChange } from '../../types.js';
import type { CorpusReport, PairSegment, PairView } from '../../corpus/index.js';
import { placeLabel } from '../common.js';

/** Options of `formatHtml`. */
export interface HtmlOptions {
  /** Page title (default "fbcoop check report"). */
  title?: string;
  /** fbcoop's version, shown in the footer. */
  toolVersion?: string;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export { escapeHtml };
const esc = escapeHtml;

const CSS = `
:root{--err:#b3261e;--warn:#8a5a00;--info:#1f5fa8;--line:#d9d9d9;--bg:#fafafa}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0 auto;padding:1rem 1.5rem 3rem;max-width:1280px;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .6rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
code,.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.counts span{display:inline-block;margin-right:1rem}
.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-info{color:var(--info)}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:var(--bg)}
table.sbs{table-layout:fixed}
table.sbs td.side{width:50%}
.seg{display:block;margin:.1rem 0}
.ln{color:#777;font-size:.8em;margin-right:.4em;font-family:ui-monospace,monospace}
tr.bead.shown-hit td.side{background:#fff8e1}
td.side.cont{color:#777;font-size:.85em}
.dup-first{font-style:italic}
a.fref{display:inline-block;font-size:.8em;margin:.1rem .3rem 0 0;text-decoration:none}
table.versions td.side{width:auto}
html{scroll-padding-top:calc(var(--bar,7rem) + .5rem)}
tr.finding:target td,li:target{outline:2px solid var(--info);outline-offset:-2px}
tr.bead.gap td.side:empty{background:repeating-linear-gradient(45deg,#f4f4f4,#f4f4f4 6px,#fff 6px,#fff 12px)}
tr.finding td{background:#fdfdfd;border-left:4px solid var(--info);font-size:.93em}
tr.finding[data-severity=error] td{border-left-color:var(--err)}tr.finding[data-severity=warning] td{border-left-color:var(--warn)}
.badge{display:inline-block;border-radius:3px;padding:0 .35em;font-size:.8em;font-weight:600;color:#fff;background:var(--info);margin-right:.4em}
.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}
.rule{font-family:ui-monospace,monospace;font-size:.85em;margin-right:.5em}
mark{background:#ffe08a;padding:0 .1em}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#d4f4d2;text-decoration:none}
.values{margin-left:.4em}
.filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.4rem 0;z-index:1}
.filters fieldset{display:inline-block;border:1px solid var(--line);margin:0 .5rem .2rem 0;padding:.1rem .5rem}
.filters label{margin-right:.6rem;white-space:nowrap}
.filtered{display:none!important}
body.only-hits tr.bead:not(.shown-hit){display:none}
ol.jump{padding-left:3.5em}ol.jump li{margin-bottom:.2rem}
h3.level{margin:1rem 0 .2rem}
.reason{color:#555;font-size:.92em}
.ref{font-weight:600}
@media print{.filters{display:none}body{max-width:none;padding:0;font-size:11px}tr,li{break-inside:avoid}a{color:inherit;text-decoration:none}.filtered{display:revert!important}body.only-hits tr.bead:not(.shown-hit){display:table-row}}
`;

// Filters hide every element carrying data-rule/data-severity whose box is unchecked; a row of
// text counts as a row with findings only while one of its findings is visible. The sticky bar's
// height goes into --bar, so that a linked finding scrolls below it, with its text row above it.
const JS = `
(function(){
var boxes=[].slice.call(document.querySelectorAll('input[data-filter]'));
var bar=document.querySelector('.filters');
function apply(){
var off={};boxes.forEach(function(b){if(!b.checked)off[b.getAttribute('data-filter')+':'+b.value]=1;});
[].slice.call(document.querySelectorAll('[data-severity]')).forEach(function(el){
var r=el.getAttribute('data-rule');
var hide=(r!==null&&off['rule:'+r])||off['severity:'+el.getAttribute('data-severity')];
el.classList.toggle('filtered',!!hide);});
[].slice.call(document.querySelectorAll('[data-rule]:not([data-severity])')).forEach(function(el){
el.classList.toggle('filtered',!!off['rule:'+el.getAttribute('data-rule')]);});
[].slice.call(document.querySelectorAll('tr.bead')).forEach(function(tr){
var vis=!!tr.querySelector('.fref:not(.filtered)');
for(var n=tr.nextElementSibling;n&&n.classList.contains('finding');n=n.nextElementSibling){if(!n.classList.contains('filtered'))vis=true;}
tr.classList.toggle('shown-hit',vis);});
}
function measure(){if(bar)document.documentElement.style.setProperty('--bar',bar.offsetHeight+'px');}
function reveal(id){
var el=id&&document.getElementById(id);if(!el)return false;
var top=el.getBoundingClientRect().top,bottom=el.getBoundingClientRect().bottom;
var prev=el.previousElementSibling;
while(prev&&prev.classList.contains('finding'))prev=prev.previousElementSibling;
var room=window.innerHeight-(bar?bar.offsetHeight:0)-16;
if(prev&&prev.classList.contains('bead')&&bottom-prev.getBoundingClientRect().top<=room)top=prev.getBoundingClientRect().top;
window.scrollTo(0,window.scrollY+top-(bar?bar.offsetHeight:0)-8);
return true;
}
boxes.forEach(function(b){b.addEventListener('change',function(){apply();measure();});});
var hits=document.getElementById('only-hits');
if(hits){hits.addEventListener('change',function(){document.body.classList.toggle('only-hits',hits.checked);});}
document.addEventListener('click',function(e){
var a=e.target.closest&&e.target.closest('a[href^="#f"]');if(!a)return;
var id=a.getAttribute('href').slice(1);
if(document.getElementById(id)){e.preventDefault();history.pushState(null,'','#'+id);reveal(id);}
});
window.addEventListener('resize',measure);
window.addEventListener('hashchange',function(){reveal(location.hash.slice(1));});
apply();measure();
if(location.hash)reveal(location.hash.slice(1));
})();
`;

function locLabel(l: Location): string {
  return `${l.path}:${l.endLine > l.line ? `${l.line}-${l.endLine}` : l.line}${placeLabel(l)}`;
}

/** Parts of a compared value worth marking in a text: those that differ between expected and actual. */
function markTerms(own: string | undefined, other: string | undefined): string[] {
  if (!own) return [];
  const parts = own.split(/[-/]/).filter((p) => p !== '');
  const otherParts = new Set((other ?? '').split(/[-/]/));
  const terms = parts.filter((p) => !otherParts.has(p)).map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p));
  // A whole value that appears as such (a figure, a name) is marked whole.
  return [...new Set([own, ...terms])].filter((t) => t.length >= 2 || /^\d$/.test(t));
}

/** Escape a text, wrapping whole-word, case-insensitive occurrences of the terms in <mark>. */
function markText(text: string, terms: readonly string[]): string {
  if (terms.length === 0) return esc(text);
  const pattern = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += `${esc(text.slice(last, m.index))}<mark>${esc(m[0])}</mark>`;
    last = m.index! + m[0].length;
  }
  return out + esc(text.slice(last));
}

function diffHtml(diff: readonly WordChange[]): string {
  return diff.map((c) => (c.op === 'equal' ? esc(c.value) : c.op === 'removed' ? `<del>${esc(c.value)}</del>` : `<ins>${esc(c.value)}</ins>`)).join('');
}

function findingBody(f: Finding): string {
  let html = `<span class="badge ${f.severity}">${esc(f.severity)}</span><span class="rule">${esc(f.rule)}</span>${esc(f.message)}`;
  if (f.expected !== undefined || f.actual !== undefined) {
    html += `<span class="values">(expected <code>${esc(f.expected ?? '—')}</code>, found <code>${esc(f.actual ?? '—')}</code>)</span>`;
  }
  if (f.diff?.length) html += `<div class="diff">${diffHtml(f.diff)}</div>`;
  if (f.note) html += `<div class="reason">${esc(f.note)}</div>`;
  const where = [f.source, f.target, ...(f.versions ?? [])].filter((l): l is Location => !!l);
  if (where.length) html += `<div class="reason">${where.map((l) => `<span class="path">${esc(locLabel(l))}</span>`).join(' · ')}</div>`;
  return html;
}

interface Placed {
  index: number;
  finding: Finding;
}

/** All places of a finding: its locations, and for a duplicate the earlier occurrence it repeats. */
type Places = Map<number, Location[]>;

/**
 * The earlier member of a duplicate, on the finding's own file: the segment whose text is the
 * diff's starting side (the diff runs from the earlier occurrence to this one), else the
 * segment the note names. Undefined when neither is found among the segments given.
 */
function earlierMember(f: Finding, segmentsOf: (path: string) => readonly PairSegment[]): Location | undefined {
  if (f.rule !== 'duplicate') return undefined;
  const at = f.source ?? f.target;
  if (!at) return undefined;
  const segs = segmentsOf(at.path);
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  let seg: PairSegment | undefined;
  if (f.diff?.length) {
    const earlier = squash(f.diff.filter((c) => c.op !== 'added').map((c) => c.value).join(''));
    seg = segs.find((x) => x.id !== at.segment && squash(x.text) === earlier);
  }
  const named = f.note?.match(/\bsegment (s\d+)\b/);
  if (!seg && named) seg = segs.find((x) => x.id === named[1] && x.id !== at.segment);
  return seg ? { path: at.path, line: seg.line, endLine: seg.endLine, segment: seg.id, text: seg.text } : undefined;
}

/** Every place of every finding, by finding index (the duplicate's earlier member included). */
function placesOf(findings: readonly Finding[], pairs: readonly PairView[]): Places {
  const segments = new Map<string, readonly PairSegment[]>();
  for (const p of pairs) {
    if (!segments.has(p.source)) segments.set(p.source, p.sourceSegments);
    if (!segments.has(p.target)) segments.set(p.target, p.targetSegments);
  }
  const places: Places = new Map();
  findings.forEach((f, i) => {
    const list = [f.source, f.target, ...(f.versions ?? [])].filter((l): l is Location => !!l);
    const earlier = earlierMember(f, (path) => segments.get(path) ?? []);
    if (earlier) list.push(earlier);
    places.set(i, list);
  });
  return places;
}

/** One place of a finding, for look-ups by file and segment. */
interface Entry extends Placed {
  location: Location;
  /** The finding's own location (not the earlier member of a duplicate). */
  own: boolean;
}

/**
 * The findings on each file, by segment id (places that name no segment, by
 * line range), so that finding a row's findings costs a look-up per segment,
 * not a pass over every finding of the file.
 */
class FindingIndex {
  private readonly bySegment = new Map<string, Map<string, Entry[]>>();
  private readonly byLines = new Map<string, Entry[]>();
  /** Files with at least one finding. */
  readonly paths = new Set<string>();

  constructor(findings: readonly Finding[], places: Places) {
    findings.forEach((finding, index) => {
      const own = new Set([finding.source, finding.target, ...(finding.versions ?? [])]);
      for (const location of places.get(index)!) {
        const entry: Entry = { index, finding, location, own: own.has(location) };
        this.paths.add(location.path);
        if (location.segment !== undefined) {
          let segs = this.bySegment.get(location.path);
          if (!segs) this.bySegment.set(location.path, (segs = new Map()));
          const list = segs.get(location.segment);
          if (list) list.push(entry);
          else segs.set(location.segment, [entry]);
        } else {
          const list = this.byLines.get(location.path);
          if (list) list.push(entry);
          else this.byLines.set(location.path, [entry]);
        }
      }
    });
  }

  /**
   * The findings with a place on these segments of the file, each once, in report order.
   * @param ownOnly only findings whose own location is there (not a duplicate's earlier member)
   */
  on(path: string, segs: readonly PairSegment[], ownOnly = false): Placed[] {
    if (segs.length === 0 || !this.paths.has(path)) return [];
    const found = new Map<number, Finding>();
    const take = (e: Entry) => {
      if (!ownOnly || e.own) found.set(e.index, e.finding);
    };
    const bySegment = this.bySegment.get(path);
    for (const seg of segs) for (const e of bySegment?.get(seg.id) ?? []) take(e);
    for (const e of this.byLines.get(path) ?? []) if (segs.some((seg) => e.location.line <= seg.endLine && e.location.endLine >= seg.line)) take(e);
    return [...found].sort((a, b) => a[0] - b[0]).map(([index, finding]) => ({ index, finding }));
  }
}

function segmentsHtml(segs: readonly PairSegment[], terms: readonly string[]): string {
  return segs.map((s) => `<span class="seg"><span class="ln">${s.line}</span>${markText(s.text, terms)}</span>`).join('');
}

/** A text cell: its segments, in its language. */
function sideCell(segs: readonly PairSegment[], terms: readonly string[], lang: string, extra = ''): string {
  return `<td class="side${extra}"${langAttr(lang)}>${segmentsHtml(segs, terms)}</td>`;
}

/** `lang="fr"`, or nothing for an undetermined language (the page's `en` would then be wrong too: `lang=""`). */
function langAttr(lang: string | undefined): string {
  return ` lang="${lang && lang !== 'und' ? esc(lang) : ''}"`;
}

interface Ids {
  /** Findings whose row already carries the `f<n>` id the links lead to. */
  given: Set<number>;
}

function pairHtml(pair: PairView, pairIndex: number, index: FindingIndex, places: Places, ids: Ids): string {
  const own = pair.findings ? new Set(pair.findings) : undefined;
  let rows = '';
  for (const bead of pair.beads) {
    const src = bead.source.map((i) => pair.sourceSegments[i]).filter(Boolean);
    const tgt = bead.target.map((i) => pair.targetSegments[i]).filter(Boolean);
    const hits = new Map<number, Finding>();
    for (const p of [...index.on(pair.source, src), ...index.on(pair.target, tgt)]) hits.set(p.index, p.finding);
    const ownHere = new Set([...index.on(pair.source, src, true), ...index.on(pair.target, tgt, true)].map((p) => p.index));
    // A finding between versions shows in the pairs that found it (or, without that record, where
    // both sides of this pair are among its versions); a one-document finding wherever its file is.
    const shown = [...hits].filter(([i]) => {
      const paths = new Set(places.get(i)!.map((l) => l.path));
      if (paths.size === 1) return true;
      return own ? own.has(i) : paths.has(pair.source) && paths.has(pair.target);
    }).sort((a, b) => a[0] - b[0]);
    const srcTerms = shown.flatMap(([, f]) => markTerms(f.expected, f.actual));
    const tgtTerms = shown.flatMap(([, f]) => markTerms(f.actual, f.expected));
    const cls = `bead${shown.length ? ' hit' : ''}${src.length === 0 || tgt.length === 0 ? ' gap' : ''}`;
    rows += `<tr class="${cls}">${sideCell(src, srcTerms, pair.sourceLanguage)}${sideCell(tgt, tgtTerms, pair.targetLanguage)}</tr>`;
    for (const [i, f] of shown) {
      // The link leads to the row of the finding's own place, not to the earlier member of a duplicate.
      const primary = ownHere.has(i);
      const earlierOnly = !primary && f.rule === 'duplicate';
      const id = primary && !ids.given.has(i) ? ` id="f${i + 1}"` : '';
      if (id) ids.given.add(i);
      const body = earlierOnly
        ? `<span class="badge ${f.severity}">${esc(f.severity)}</span><span class="rule">${esc(f.rule)}</span><span class="dup-first">repeated later in this document</span> <a href="#f${i + 1}">#${i + 1}</a>`
        : findingBody(f);
      rows += `<tr class="finding${earlierOnly ? ' dup-first' : ''}"${id} data-rule="${esc(f.rule)}" data-severity="${f.severity}"><td colspan="2">${body}</td></tr>`;
    }
  }
  return `<section class="pair" id="pair${pairIndex + 1}"><h3>${esc(pair.group)}: <span class="path">${esc(pair.source)}</span> (${esc(pair.sourceLanguage)}) ↔ <span class="path">${esc(pair.target)}</span> (${esc(pair.targetLanguage)})</h3>
<table class="sbs"><thead><tr><th>${esc(pair.source)}</th><th>${esc(pair.target)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** One cell of the versions table: a version's segments for a row, or a mark that they were given above. */
interface VersionCell {
  segs: PairSegment[];
  /** The version renders this reference segment together with the one above (an n-to-1 bead). */
  cont?: boolean;
}

/**
 * For a group of three or more versions: one column per version, the reference
 * first, one row per reference segment with what each version aligned to it
 * (from the reference's pair with that version); a version's segments with no
 * counterpart in the reference get rows of their own after the row they follow.
 * Each cell links to the findings on its segments.
 */
function versionsHtml(group: CorpusReport['groups'][number], pairs: readonly PairView[], index: FindingIndex, languageOf: Map<string, string>): string {
  const ref = group.reference;
  const columns: { path: string; pair: PairView; swapped: boolean }[] = [];
  for (const m of group.members) {
    if (m === ref) continue;
    const pair = pairs.find((p) => (p.source === ref && p.target === m) || (p.source === m && p.target === ref));
    if (pair) columns.push({ path: m, pair, swapped: pair.source !== ref });
  }
  if (columns.length < 2) return '';
  const refSegments = columns[0].swapped ? columns[0].pair.targetSegments : columns[0].pair.sourceSegments;
  const main: Map<string, VersionCell>[] = refSegments.map(() => new Map());
  // Rows for segments without a counterpart, after reference row i (index i + 1; 0 = before the first).
  const extra: Map<string, VersionCell>[][] = Array.from({ length: refSegments.length + 1 }, () => []);
  for (const col of columns) {
    const segs = col.swapped ? col.pair.sourceSegments : col.pair.targetSegments;
    let after = 0;
    let k = 0;
    let lastAfter = -1;
    for (const bead of col.pair.beads) {
      const refSide = col.swapped ? bead.target : bead.source;
      const own = (col.swapped ? bead.source : bead.target).map((i) => segs[i]).filter(Boolean);
      if (refSide.length > 0) {
        const [first, ...rest] = [...refSide].sort((a, b) => a - b);
        main[first]?.set(col.path, { segs: own });
        for (const r of rest) main[r]?.set(col.path, { segs: [], cont: own.length > 0 });
        after = Math.max(after, rest.length > 0 ? rest[rest.length - 1] + 1 : first + 1);
        continue;
      }
      if (after !== lastAfter) { k = 0; lastAfter = after; }
      const rows = extra[after];
      if (!rows[k]) rows[k] = new Map();
      rows[k].set(col.path, { segs: own });
      k++;
    }
  }
  const refRefs = (segs: readonly PairSegment[]) => refsHtml(ref, segs, index);
  const row = (refSeg: PairSegment | undefined, cells: Map<string, VersionCell>) => {
    let tds = refSeg ? sideCell([refSeg], [], languageOf.get(ref) ?? 'und').replace('</td>', `${refRefs([refSeg])}</td>`) : `<td class="side"${langAttr(languageOf.get(ref))}></td>`;
    for (const col of columns) {
      const cell = cells.get(col.path);
      const lang = languageOf.get(col.path) ?? 'und';
      if (cell?.cont) tds += `<td class="side cont">↑ with the row above</td>`;
      else tds += sideCell(cell?.segs ?? [], [], lang).replace('</td>', `${refsHtml(col.path, cell?.segs ?? [], index)}</td>`);
    }
    return `<tr class="bead">${tds}</tr>`;
  };
  let rows = extra[0].map((cells) => row(undefined, cells)).join('');
  refSegments.forEach((seg, i) => {
    rows += row(seg, main[i]);
    rows += extra[i + 1].map((cells) => row(undefined, cells)).join('');
  });
  const head = [ref, ...columns.map((c) => c.path)].map((p) => `<th><span class="path">${esc(p)}</span> (${esc(languageOf.get(p) ?? 'und')})${p === ref ? ' — reference' : ''}</th>`).join('');
  return `<section class="versions" id="versions-${esc(group.id)}"><h3>${esc(group.id)}: ${columns.length + 1} versions, one column each, rows by the reference's segments</h3>
<table class="sbs versions"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Links to the findings on some segments of a file, with their severity and rule (filtered with them). */
function refsHtml(path: string, segs: readonly PairSegment[], index: FindingIndex): string {
  return index.on(path, segs).map(({ index, finding: f }) => `<a class="fref sev-${f.severity}" href="#f${index + 1}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">#${index + 1} ${esc(f.rule)}</a>`).join('');
}

const LEVEL_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/**
 * The HTML report of a corpus check. Findings are numbered in the order given
 * (`formatCorpus` gives the report order: most severe first, then by document
 * and place) and listed by severity, errors first.
 * @param report a report from `checkCorpus` with `keepPairs: true` (without pairs, only summaries and findings are shown)
 */
export function formatHtml(report: CorpusReport, options: HtmlOptions = {}): string {
  const title = options.title ?? 'fbcoop check report';
  const findings = report.findings;
  const pairViews = report.pairs ?? [];
  const places = placesOf(findings, pairViews);
  const index = new FindingIndex(findings, places);
  const languageOf = new Map(report.documents.map((d) => [d.path, d.language]));
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  const s = report.summary;

  const filters = `<div class="filters"><fieldset><legend>Severity</legend>${SEVERITY_ORDER.map((sev) => `<label><input type="checkbox" data-filter="severity" value="${sev}" checked> <span class="sev-${sev}">${sev}</span> (${s[sev]})</label>`).join('')}</fieldset><fieldset><legend>Rule</legend>${rules.map((r) => `<label><input type="checkbox" data-filter="rule" value="${esc(r)}" checked> ${esc(r)} (${findings.filter((f) => f.rule === r).length})</label>`).join('')}</fieldset><label><input type="checkbox" id="only-hits"> only rows with findings</label></div>`;

  const groups = report.groups
    .map((g) => {
      const inGroup = new Set(g.members);
      const groupFindings = findings.filter((f) => [f.source, f.target, ...(f.versions ?? [])].some((l) => l && inGroup.has(l.path)));
      const byRule = new Map<string, number>();
      for (const f of groupFindings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      const members = g.members.map((m) => `<li><span class="path${m === g.reference ? ' ref' : ''}">${esc(m)}</span> (${esc(languageOf.get(m) ?? 'und')})${m === g.reference ? ' — reference' : ''}</li>`).join('');
      const table = byRule.size ? `<table class="rules"><thead><tr><th>rule</th><th>findings</th></tr></thead><tbody>${[...byRule].sort().map(([r, n]) => `<tr data-rule="${esc(r)}"><td>${esc(r)}</td><td>${n}</td></tr>`).join('')}</tbody></table>` : '<p>No findings.</p>';
      const view = g.members.length >= 3 && pairViews.length > 0 ? `<p><a href="#versions-${esc(g.id)}">All ${g.members.length} versions side by side</a></p>` : '';
      return `<section class="group" id="${esc(g.id)}"><h3>${esc(g.id)}: ${g.members.length} version${g.members.length === 1 ? '' : 's'}, ${esc(g.languages.join(', '))}</h3><ul>${members}</ul><p class="reason">Reference: <span class="path">${esc(g.reference)}</span>: ${esc(g.reason)}</p>${table}${view}</section>`;
    })
    .join('\n');

  const versions = report.groups.filter((g) => g.members.length >= 3).map((g) => versionsHtml(g, pairViews, index, languageOf)).filter(Boolean).join('\n');

  const ids: Ids = { given: new Set() };
  const pairs = pairViews.map((p, i) => pairHtml(p, i, index, places, ids)).join('\n');
  // Findings that no side-by-side row shows (single documents, unreadable files) get their own list.
  const rest = findings
    .map((f, index) => ({ f, index }))
    .filter(({ index }) => !ids.given.has(index))
    .map(({ f, index }) => {
      ids.given.add(index);
      const where = f.source ?? f.target;
      return `<li id="f${index + 1}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">${findingBody(f)}${where?.text ? `<div><q${langAttr(languageOf.get(where.path))}>${esc(where.text)}</q></div>` : ''}</li>`;
    })
    .join('');

  // The findings list, one numbered list per severity (errors first), numbers running on.
  let jump = '';
  let n = 0;
  for (const sev of SEVERITY_ORDER) {
    const items = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.severity === sev);
    if (items.length === 0) continue;
    const lis = items.map(({ f, i }) => {
      const where = f.target ?? f.source;
      return `<li data-rule="${esc(f.rule)}" data-severity="${f.severity}"><a href="#f${i + 1}"><span class="badge ${f.severity}">${f.severity}</span><span class="rule">${esc(f.rule)}</span></a> ${esc(f.message)} <span class="path">${where ? esc(locLabel(where)) : ''}</span></li>`;
    }).join('');
    jump += `<h3 class="level sev-${sev}" data-severity="${sev}">${LEVEL_TITLES[sev]} (${items.length})</h3><ol class="jump" start="${n + 1}">${lis}</ol>`;
    n += items.length;
  }

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="fbcoop">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="counts"><span>${report.documents.length} document${report.documents.length === 1 ? '' : 's'}</span><span>${report.groups.length} group${report.groups.length === 1 ? '' : 's'}</span><span class="sev-error">${s.error} error${s.error === 1 ? '' : 's'}</span><span class="sev-warning">${s.warning} warning${s.warning === 1 ? '' : 's'}</span><span class="sev-info">${s.info} info</span></p>
${filters}
<h2>Groups</h2>
${groups}
<h2>Findings</h2>
${findings.length ? jump : '<p>No findings.</p>'}
${versions ? `<h2>All versions side by side</h2>\n${versions}` : ''}
${pairs ? `<h2>Versions side by side</h2>\n${pairs}` : ''}
${rest ? `<h2>Other findings</h2><ol class="other">${rest}</ol>` : ''}
<footer class="reason"><p>fbcoop${options.toolVersion ? ` ${esc(options.toolVersion)}` : ''}</p></footer>
<script>${JS}</script>
</body></html>
`;
}
