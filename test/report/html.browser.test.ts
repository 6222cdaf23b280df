/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`,
 * driven by playwright-core) opens the report of the seed corpus from disk.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/corpus/index.js';
import { formatHtml } from '../../src/report/formats/html.js';
import { CORPUS, readAll, txtFiles } from '../corpus/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve(import.meta.dirname, '../../test-output');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`html.browser.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!present)('HTML report in Chromium', () => {
  it('shows the side-by-side table and the date finding, filters by rule, and prints a screenshot', async () => {
    const { chromium } = await import('playwright-core');
    const { documents } = readAll(txtFiles(CORPUS));
    const report = await checkCorpus(documents, [], { keepPairs: true });
    const dir = mkdtempSync(join(tmpdir(), 'fbcoop-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(report));

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);

      const table = page.locator('table.sbs').first();
      await expect(table.isVisible()).resolves.toBe(true);
      await table.scrollIntoViewIfNeeded();
      mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, 'html-report.png'), fullPage: false });
      // The working group's first meeting: 2018 in the French, 2017 in translation B.
      const date = page.locator('tr.finding[data-rule="date-mismatch"]').filter({ hasText: '2017' }).first();
      await date.scrollIntoViewIfNeeded({ timeout: 5000 });
      await page.screenshot({ path: join(OUTPUT, 'html-report-date.png'), fullPage: false });
      await expect(date.isVisible()).resolves.toBe(true);
      await expect(page.locator('mark', { hasText: '2017' }).first().isVisible()).resolves.toBe(true);

      // No horizontal scrolling on a laptop screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      await page.locator('input[data-filter="rule"][value="date-mismatch"]').uncheck();
      await expect(date.isVisible()).resolves.toBe(false);
      await page.locator('input[data-filter="rule"][value="date-mismatch"]').check();
      await expect(date.isVisible()).resolves.toBe(true);
      await page.locator('input[data-filter="severity"][value="error"]').uncheck();
      await expect(date.isVisible()).resolves.toBe(false);

      // The jump list leads to the finding.
      await page.locator('input[data-filter="severity"][value="error"]').check();
      const id = await date.getAttribute('id');
      expect(id).toMatch(/^f\d+$/);
      await page.locator(`ol.jump a[href="#${id}"]`).click();
      expect(page.url().endsWith(`#${id}`)).toBe(true);

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
