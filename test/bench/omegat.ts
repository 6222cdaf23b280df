/**
 * OmegaT fill rate: how many segments of a seed document OmegaT 3.6 (console mode) fills from
 * `align --format tmx`, the document given as `segment --format txt`. Skipped without OmegaT.
 */
import { SEED } from '../helpers/cli.js';
import { omegatFill, omegatPath } from '../helpers/omegat.js';

/** @returns a markdown table, or a note when OmegaT is not installed */
export async function benchOmegat(): Promise<string> {
  if (!omegatPath()) return 'skipped: omegat not installed (Debian package `omegat`)';
  const runs: Array<[string, string, string, [string, string], string[]]> = [
    ['fr → en-a', SEED.fr, SEED.enA, ['fr', 'en'], []],
    ['fr → en-b', SEED.fr, SEED.enB, ['fr', 'en'], []],
    ['en-a → fr', SEED.enA, SEED.fr, ['en', 'fr'], []],
    ['fr → en-b, merged beads kept whole (`--no-split`)', SEED.fr, SEED.enB, ['fr', 'en'], ['--no-split']],
  ];
  const out = ['| pair | OmegaT segments | filled | share |', '|---|---|---|---|'];
  for (const [name, source, target, langs, extra] of runs) {
    const { total, remaining } = omegatFill(source, target, langs, extra);
    out.push(`| ${name} | ${total} | ${total - remaining} | ${(((total - remaining) / total) * 100).toFixed(1)}% |`);
  }
  return out.join('\n');
}
