/**
 * Regenerate the report stage's golden files: `npx tsx test/report/update-goldens.ts`.
 * Review the changed files (`git diff fixtures/cases/report-*`) before accepting them.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { GOLDENS, goldenPath } from './goldens.js';

for (const golden of GOLDENS) {
  const path = goldenPath(golden);
  const text = golden.render();
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${before === text ? 'unchanged' : before === undefined ? 'created  ' : 'updated  '} ${golden.file}`);
}
