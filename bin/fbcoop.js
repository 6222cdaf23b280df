#!/usr/bin/env node
// The only place that sets the exit code: the CLI itself resolves to one. The CLI is one bundled
// file (npm run build), which starts in half the time of a hundred separate modules.
import { run } from '../dist/bundle/main.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
