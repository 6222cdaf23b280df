/**
 * `check --format html`: one self-contained page (inline CSS and a few lines of
 * JS, no network): a summary per group, then each compared pair side by side,
 * clause against clause as aligned, with the findings in place, filters by rule
 * and severity, and a jump list. Every text is escaped.
 */
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

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
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
tr.bead.hit td.side{background:#fff8e1}
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
.filtered{display:none}
body.only-hits tr.bead:not(.hit){display:none}
ol.jump{columns:2 28rem;padding-left:1.5rem}ol.jump li{break-inside:avoid;margin-bottom:.2rem}
.reason{color:#555;font-size:.92em}
.ref{font-weight:600}
@media print{.filters{display:none}body{max-width:none;padding:0;font-size:11px}tr,li{break-inside:avoid}a{color:inherit;text-decoration:none}.filtered{display:revert}body.only-hits tr.bead:not(.hit){display:table-row}}
`;

// Filters hide every element carrying data-rule/data-severity whose box is unchecked.
const JS = `
(function(){
var boxes=[].slice.call(document.querySelectorAll('input[data-filter]'));
function apply(){
var off={};boxes.forEach(function(b){if(!b.checked)off[b.getAttribute('data-filter')+':'+b.value]=1;});
[].slice.call(document.querySelectorAll('[data-rule]')).forEach(function(el){
var hide=off['rule:'+el.getAttribute('data-rule')]||off['severity:'+el.getAttribute('data-severity')];
el.classList.toggle('filtered',!!hide);});
}
boxes.forEach(function(b){b.addEventListener('change',apply);});
var hits=document.getElementById('only-hits');
if(hits){hits.addEventListener('change',function(){document.body.classList.toggle('only-hits',hits.checked);});}
apply();
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

/** Findings by path and segment id (or line, where a finding names no segment). */
function indexFindings(findings: readonly Finding[]): Map<string, Placed[]> {
  const byPath = new Map<string, Placed[]>();
  findings.forEach((finding, index) => {
    for (const l of [finding.source, finding.target, ...(finding.versions ?? [])]) {
      if (!l) continue;
      let list = byPath.get(l.path);
      if (!list) byPath.set(l.path, (list = []));
      list.push({ index, finding });
    }
  });
  return byPath;
}

function locationOn(f: Finding, path: string): Location[] {
  return [f.source, f.target, ...(f.versions ?? [])].filter((l): l is Location => !!l && l.path === path);
}

function touches(l: Location, seg: PairSegment): boolean {
  if (l.segment !== undefined) return l.segment === seg.id;
  return l.line <= seg.endLine && l.endLine >= seg.line;
}

function segmentsHtml(segs: readonly PairSegment[], terms: readonly string[]): string {
  return segs.map((s) => `<span class="seg"><span class="ln">${s.line}</span>${markText(s.text, terms)}</span>`).join('');
}

function pairHtml(pair: PairView, pairIndex: number, byPath: Map<string, Placed[]>, firstSeen: Set<number>): string {
  const own = pair.findings ? new Set(pair.findings) : undefined;
  const srcFindings = byPath.get(pair.source) ?? [];
  const tgtFindings = byPath.get(pair.target) ?? [];
  let rows = '';
  for (const bead of pair.beads) {
    const src = bead.source.map((i) => pair.sourceSegments[i]).filter(Boolean);
    const tgt = bead.target.map((i) => pair.targetSegments[i]).filter(Boolean);
    const hits = new Map<number, Finding>();
    for (const p of srcFindings) if (locationOn(p.finding, pair.source).some((l) => src.some((s) => touches(l, s)))) hits.set(p.index, p.finding);
    for (const p of tgtFindings) if (locationOn(p.finding, pair.target).some((l) => tgt.some((s) => touches(l, s)))) hits.set(p.index, p.finding);
    // A finding between versions shows in the pairs that found it (or, without that record, where
    // both sides of this pair are among its versions); a one-document finding wherever its file is.
    const shown = [...hits].filter(([index, f]) => {
      const paths = new Set([f.source, f.target, ...(f.versions ?? [])].filter((l): l is Location => !!l).map((l) => l.path));
      if (paths.size === 1) return true;
      return own ? own.has(index) : paths.has(pair.source) && paths.has(pair.target);
    });
    const srcTerms = shown.flatMap(([, f]) => markTerms(f.expected, f.actual));
    const tgtTerms = shown.flatMap(([, f]) => markTerms(f.actual, f.expected));
    const cls = `bead${shown.length ? ' hit' : ''}${src.length === 0 || tgt.length === 0 ? ' gap' : ''}`;
    rows += `<tr class="${cls}"><td class="side">${segmentsHtml(src, srcTerms)}</td><td class="side">${segmentsHtml(tgt, tgtTerms)}</td></tr>`;
    for (const [index, f] of shown) {
      const id = firstSeen.has(index) ? '' : ` id="f${index + 1}"`;
      firstSeen.add(index);
      rows += `<tr class="finding"${id} data-rule="${esc(f.rule)}" data-severity="${f.severity}"><td colspan="2">${findingBody(f)}</td></tr>`;
    }
  }
  return `<section class="pair" id="pair${pairIndex + 1}"><h3>${esc(pair.group)}: <span class="path">${esc(pair.source)}</span> (${esc(pair.sourceLanguage)}) ↔ <span class="path">${esc(pair.target)}</span> (${esc(pair.targetLanguage)})</h3>
<table class="sbs"><thead><tr><th>${esc(pair.source)}</th><th>${esc(pair.target)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/**
 * The HTML report of a corpus check.
 * @param report a report from `checkCorpus` with `keepPairs: true` (without pairs, only summaries and findings are shown)
 */
export function formatHtml(report: CorpusReport, options: HtmlOptions = {}): string {
  const title = options.title ?? 'fbcoop check report';
  const findings = report.findings;
  const byPath = indexFindings(findings);
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
      return `<section class="group" id="${esc(g.id)}"><h3>${esc(g.id)}: ${g.members.length} version${g.members.length === 1 ? '' : 's'}, ${esc(g.languages.join(', '))}</h3><ul>${members}</ul><p class="reason">Reference: <span class="path">${esc(g.reference)}</span>: ${esc(g.reason)}</p>${table}</section>`;
    })
    .join('\n');

  const firstSeen = new Set<number>();
  const pairs = (report.pairs ?? []).map((p, i) => pairHtml(p, i, byPath, firstSeen)).join('\n');
  // Findings that no side-by-side row shows (single documents, unreadable files) get their own list.
  const rest = findings
    .map((f, index) => ({ f, index }))
    .filter(({ index }) => !firstSeen.has(index))
    .map(({ f, index }) => {
      firstSeen.add(index);
      const where = f.source ?? f.target;
      return `<li id="f${index + 1}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">${findingBody(f)}${where?.text ? `<div><q>${esc(where.text)}</q></div>` : ''}</li>`;
    })
    .join('');

  const jump = findings
    .map((f, i) => {
      const where = f.target ?? f.source;
      return `<li data-rule="${esc(f.rule)}" data-severity="${f.severity}"><a href="#f${i + 1}"><span class="badge ${f.severity}">${f.severity}</span><span class="rule">${esc(f.rule)}</span></a> ${esc(f.message)} <span class="path">${where ? esc(locLabel(where)) : ''}</span></li>`;
    })
    .join('');

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
${findings.length ? `<ol class="jump">${jump}</ol>` : '<p>No findings.</p>'}
${pairs ? `<h2>Versions side by side</h2>\n${pairs}` : ''}
${rest ? `<h2>Other findings</h2><ol class="other">${rest}</ol>` : ''}
<footer class="reason"><p>fbcoop${options.toolVersion ? ` ${esc(options.toolVersion)}` : ''}</p></footer>
<script>${JS}</script>
</body></html>
`;
}
