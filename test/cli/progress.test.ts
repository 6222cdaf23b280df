import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

/** A fake terminal that records what is written, and a clock the test moves. */
function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) } };
}

describe('progress bar', () => {
  it('stays silent when standard error is not a terminal (pipes, CI logs)', () => {
    const { writes, stream } = terminal(false);
    let t = 0;
    const p = progressBar(stream, 'checking', () => t);
    for (let i = 0; i <= 10; i++, t += 1000) p.update(i, 10);
    p.stop();
    expect(writes).toEqual([]);
  });

  it('shows nothing on a short run, then draws one line that it clears at the end', () => {
    const { writes, stream } = terminal(true);
    let t = 0;
    const p = progressBar(stream, 'checking', () => t);
    p.update(1, 4);
    expect(writes).toEqual([]);
    t = 5000;
    p.update(2, 4);
    t = 6000;
    p.update(4, 4);
    p.stop();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\rchecking \[#+-+\] 2\/4 50%/);
    expect(writes[1]).toContain('4/4 100%');
    expect(writes[2]).toBe('\r\u001b[K');
    for (const w of writes) expect(w).not.toContain('\n');
    // Never wider than the terminal.
    for (const w of writes.slice(0, 2)) expect(w.replace(/\r|\u001b\[K/g, '').length).toBeLessThan(60);
  });
});
