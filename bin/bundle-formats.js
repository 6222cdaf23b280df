// Build step: each format reader (src/ingest/formats/<format>.ts) becomes an ES module of its own in
// dist/bundle/, beside the CLI bundle, which imports it only when a file in that format is seen: the
// readers' libraries (parse5, micromark, pdf.js…) are never parsed when reading plain text.
// The CLI bundle marks ./html.js, ./markdown.js… external (package.json bundle:cli): no other module may be imported by one of those paths.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readers = ['html', 'markdown', 'xliff', 'docx', 'odt', 'pdf']
  .map((name) => `src/ingest/formats/${name}.ts`)
  .filter((file) => existsSync(new URL(`../${file}`, import.meta.url)));
const esbuild = fileURLToPath(new URL('../node_modules/.bin/esbuild', import.meta.url));
const result = spawnSync(esbuild, [
  ...readers, '--bundle', '--platform=node', '--format=esm', '--target=node20', '--splitting',
  '--outdir=dist/bundle', '--entry-names=[name]', '--chunk-names=chunks/[name]-[hash]', '--sourcemap', '--log-level=warning',
  "--banner:js=import { createRequire as __fbcoopCreateRequire } from 'node:module'; const require = __fbcoopCreateRequire(import.meta.url);",
], { cwd: root, stdio: 'inherit' });
process.exitCode = result.status ?? 1;
