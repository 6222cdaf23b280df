/**
 * The TMX in a real CAT tool: OmegaT (console mode) fills the clean text of the French seed from
 * `align --format tmx`. Skipped when OmegaT is not installed; the bench measures all three pairs.
 */
import { describe, expect, it } from 'vitest';
import { SEED } from '../helpers/cli.js';
import { omegatFill, omegatPath } from '../helpers/omegat.js';

const omegat = omegatPath();
if (!omegat) console.warn('note: omegat not installed; the OmegaT fill test is skipped');

describe.skipIf(!omegat)('TMX in OmegaT', () => {
  it('fills at least 95% of the French segments from the fr → en-b alignment (merged beads split)', () => {
    const { total, remaining } = omegatFill(SEED.fr, SEED.enB, ['fr', 'en']);
    expect(total).toBeGreaterThan(40);
    expect((total - remaining) / total).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
