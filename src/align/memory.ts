/**
 * A full garbage collection on request. V8 frees a typed array's memory only when a full collection
 * finds it unreachable, and it starts one on its own as the heap grows, not as arrays die: at a
 * million segments the aligner's 500 MB of features and search arrays were still held when the
 * beads (200 MB of objects) were built, and the run peaked there. jest-leak-detector reaches the
 * collector the same way.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many segments (both sides) the garbage is small and a full collection not worth its time. */
export const COLLECT_FROM_SEGMENTS = 200_000;

let collector: (() => void) | null | undefined;

/** Run a full collection where the runtime lets us (a no-op elsewhere). */
export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      // `--expose-gc` puts `gc` on contexts created from now on: a fresh one hands it over.
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('typeof gc === "function" ? gc : null') as (() => void) | null;
    } catch {
      collector = null;
    }
  }
  collector?.();
}
