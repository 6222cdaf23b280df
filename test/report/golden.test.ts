/** The text outputs against golden files reviewed by eye (regenerate: npx tsx test/report/update-goldens.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDENS, goldenPath } from './goldens.js';

describe('report golden files', () => {
  for (const golden of GOLDENS) {
    it(golden.file, () => {
      expect(golden.render()).toBe(readFileSync(goldenPath(golden), 'utf8'));
    });
  }
});
