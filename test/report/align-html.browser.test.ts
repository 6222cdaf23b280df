/**
 * `align --format html`, the review page, in a real browser: headless Chromium (Debian's
 * `chromium`, driven by playwright-core). Skipped with a note where Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fbcoop, SEED, tempDir } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`align-html.browser.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

let browser: import('playwright-core').Browser | undefined;

afterAll(async () => {
  await browser?.close();
});

/** One browser for the file (each launch costs seconds on a busy machine), a fresh page per test. */
async function withPage(file: string, body: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith('file:')) outside.push(r.url()); });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await body(page);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await page.close();
  }
}

describe.skipIf(!present)('the review page in Chromium', () => {
  it('shows both texts side by side, one segment per line, and marks the year that differs', async () => {
    const file = join(tempDir(), 'review.html');
    const r = fbcoop(['align', SEED.fr, SEED.enB, '--format', 'html', '-o', file]);
    expect(r.code).toBe(0);
    await withPage(file, async (page) => {
      expect(await page.locator('table.review thead th').count()).toBe(3);
      expect(await page.locator('td[lang="fr"]').count()).toBeGreaterThan(40);
      // A merged bead: its segments are separate lines of one cell.
      const merged = page.locator('tr.row').filter({ has: page.locator('td[lang="fr"] .seg:nth-child(2)') });
      expect(await merged.count()).toBeGreaterThan(0);
      // 27 February 2018 in French, 2017 in translation B: the English date is marked as missing on the other side.
      const year = page.locator('td[lang="en"] mark.a-date.miss', { hasText: '2017' }).first();
      await year.scrollIntoViewIfNeeded();
      await expect(year.isVisible()).resolves.toBe(true);
      const same = page.locator('td[lang="en"] mark.a-date', { hasText: '29 May' }).first();
      await expect(same.getAttribute('class')).resolves.not.toContain('miss');
    });
  }, 60_000);

  it('n and p go from one unsure row to the next and back, each landing in view below the header', async () => {
    const file = join(tempDir(), 'review.html');
    fbcoop(['align', SEED.fr, SEED.enB, '--format', 'html', '-o', file]);
    await withPage(file, async (page) => {
      const unsure = page.locator('tr.unsure');
      const count = await unsure.count();
      expect(count).toBeGreaterThanOrEqual(2);
      const headerBottom = await page.locator('header').evaluate((h) => h.getBoundingClientRect().bottom);
      const inView = async (k: number) => {
        const box = await unsure.nth(k).boundingBox();
        return box !== null && box.y >= headerBottom - 1 && box.y + Math.min(box.height, 100) <= 800;
      };
      await page.keyboard.press('n');
      await expect(unsure.nth(0).getAttribute('class')).resolves.toContain('current');
      expect(await inView(0)).toBe(true);
      await page.keyboard.press('n');
      await expect(unsure.nth(1).getAttribute('class')).resolves.toContain('current');
      expect(await inView(1)).toBe(true);
      await expect(unsure.nth(0).getAttribute('class')).resolves.not.toContain('current');
      await page.keyboard.press('p');
      await expect(unsure.nth(0).getAttribute('class')).resolves.toContain('current');
      await page.locator('#next').click();
      await expect(unsure.nth(1).getAttribute('class')).resolves.toContain('current');
    });
  }, 60_000);

  it('shows three versions in one page, one column each, pivoting on the first', async () => {
    const file = join(tempDir(), 'three.html');
    const r = fbcoop(['align', SEED.fr, SEED.enA, SEED.enB, '--format', 'html', '-o', file]);
    expect(r.code).toBe(0);
    await withPage(file, async (page) => {
      expect(await page.locator('table.review thead th').count()).toBe(4);
      const row = page.locator('tr.row').filter({ hasText: '27 février 2018' }).first();
      await expect(row.locator('td').nth(1).textContent()).resolves.toContain('2018');
      await expect(row.locator('td').nth(2).textContent()).resolves.toContain('2017');
    });
  }, 60_000);
});
