import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/align/memory.js';

describe('collectGarbage', () => {
  it('frees what nothing reaches any more, at once (the aligner calls it before building a million beads)', async () => {
    let held: { payload: Float64Array } | undefined = { payload: new Float64Array(1024) };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef's target stays alive until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
