#!/usr/bin/env node
// The only place that calls process.exit: the CLI itself resolves to an exit code.
import { run } from '../dist/cli/main.js';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
