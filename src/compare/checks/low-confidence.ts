/** `low-confidence`: one note per region the aligner is unsure of, instead of a cascade of mismatches there. */
import { LOW_CONFIDENCE, type Emitted, type Found, type PairContext } from '../context.js';
import { fingerprint } from '../../fingerprint.js';
import { locateSegments } from '../locate.js';

/** One finding per run of unsure beads, covering the run on both sides. */
export function checkLowConfidence(ctx: PairContext): Emitted[] {
  const out: Emitted[] = [];
  for (let b = 0; b < ctx.beads.length; b++) {
    if (!ctx.unsure[b]) continue;
    const first = b;
    const source: number[] = [];
    const target: number[] = [];
    let lowest = 1;
    for (; b < ctx.beads.length && ctx.unsure[b]; b++) {
      source.push(...ctx.beads[b].source);
      target.push(...ctx.beads[b].target);
      lowest = Math.min(lowest, ctx.beads[b].score);
    }
    const src = source.length > 0 ? locateSegments(ctx.source, source) : undefined;
    const tgt = target.length > 0 ? locateSegments(ctx.target, target) : undefined;
    const span = (l?: { line: number; endLine: number }) => (!l ? 'nothing' : l.line === l.endLine ? `line ${l.line}` : `lines ${l.line}–${l.endLine}`);
    const finding: Found = {
      rule: 'low-confidence',
      message: `the aligner is unsure how ${span(src)} of the source pair with ${span(tgt)} of the target; dates, figures and names there were not compared`,
      note: `lowest bead score ${lowest.toFixed(2)}, below ${LOW_CONFIDENCE}`,
      fingerprint: fingerprint('low-confidence', src?.text ?? '', tgt?.text ?? ''),
    };
    if (src) finding.source = src;
    if (tgt) finding.target = tgt;
    out.push({ order: first, finding });
    b--;
  }
  return out;
}
