import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Run readDocument('-') in a child process with `input` on its standard input. */
function readStdinInChild(input: string | Buffer) {
  const script = `import('./src/ingest/index.ts').then((m) => {
    try { const d = m.readDocument('-'); process.stdout.write(JSON.stringify({ path: d.path, value: d.value, encoding: d.encoding })); }
    catch (e) { process.stdout.write(JSON.stringify({ code: e.code, message: e.message })); }
  });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { input, encoding: 'utf8' });
  return JSON.parse(child.stdout) as Record<string, string>;
}

describe('readDocument("-") on a real standard input', () => {
  it('reads piped bytes whole, line ends kept', () => {
    const text = 'Bonjour\r\nle monde\n'.repeat(20000); // several pipe buffers
    expect(readStdinInChild(text)).toEqual({ path: '-', value: text, encoding: 'utf-8' });
  });

  it('reports empty input as <stdin>', () => {
    expect(readStdinInChild('')).toEqual({ code: 'E_INPUT_EMPTY', message: '<stdin>: empty input' });
  });
});
