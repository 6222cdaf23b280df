#!/usr/bin/env node
// The only place that sets the exit code: the CLI itself resolves to one. The CLI is one bundled
// file (npm run build), which starts in half the time of a hundred separate modules. It is a
// CommonJS bundle, loaded with require: V8 ran the same code about 3% faster than as an ES module
// bundle (seed corpus check, counted instructions), and require skips the ES module loader.
import { createRequire } from 'node:module';

const { run } = createRequire(import.meta.url)('../dist/bundle/main.cjs');

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
