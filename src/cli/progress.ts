/** A one-line progress bar on standard error, for long corpus runs at a terminal. */

/** Runs shorter than this never show a bar: it would only flicker. */
const SHOW_AFTER_MS = 800;
/** Redraw at most this often, so the bar costs nothing next to the work. */
const REDRAW_MS = 100;
/** Width of the bar itself, in characters. */
const BAR_WIDTH = 28;

/** A writable terminal, as `process.stderr` is. */
interface Terminal {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Progress reporting: `update(done, total)` as work advances, `stop()` at the end (clears the line). */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/**
 * A progress bar on `stream` when it is a terminal and the run lasts; silent otherwise
 * (a pipe or a CI log gets no carriage-return noise).
 * @param label what is being done (`checking`)
 * @param now the clock, injectable for tests
 */
export function progressBar(stream: Terminal, label: string, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return SILENT;
  const started = now();
  let drawn = 0;
  let visible = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - drawn < REDRAW_MS && done < total)) return;
      drawn = t;
      visible = true;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const full = Math.round(share * BAR_WIDTH);
      const line = `${label} [${'#'.repeat(full)}${'-'.repeat(BAR_WIDTH - full)}] ${done}/${total} ${Math.floor(share * 100)}%`;
      const columns = stream.columns ?? 80;
      stream.write(`\r${line.slice(0, Math.max(10, columns - 1))}\u001b[K`);
    },
    stop() {
      if (visible) stream.write('\r\u001b[K');
      visible = false;
    },
  };
}
