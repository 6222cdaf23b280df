/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`,
 * driven by playwright-core) opens the report of the seed corpus from disk.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkCorpus } from '../../src/corpus/index.js';
import { formatCorpus } from '../../src/report/index.js';
import { CORPUS, readAll, txtFiles } from '../corpus/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = resolve(import.meta.dirname, '../../test-output');
const present = existsSync(CHROMIUM);
if (!present) console.warn(`html.browser.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!present)('HTML report in Chromium', () => {
  let browser: Browser;
  let url: string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    const { documents } = readAll(txtFiles(CORPUS));
    const report = await checkCorpus(documents, [], { keepPairs: true });
    const dir = mkdtempSync(join(tmpdir(), 'fbcoop-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatCorpus(report, 'html'));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(width = 1400, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    return page;
  }

  /** The finding row of the date error: 2018 in the French, 2017 in translation B. */
  const dateRow = (page: Page) => page.locator('tr.finding[data-rule="date-mismatch"][id]').filter({ hasText: '2017' }).first();

  it('lists the findings errors first, and draws the side-by-side table with the date finding', async () => {
    const page = await open(1366);
    const levels = await page.locator('ol.jump li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-severity')));
    const firstWarning = levels.indexOf('warning');
    expect(levels.slice(0, firstWarning).every((l) => l === 'error')).toBe(true);
    expect(levels.slice(firstWarning)).not.toContain('error');
    expect(levels.lastIndexOf('warning')).toBeLessThan(levels.indexOf('info'));

    const table = page.locator('table.sbs').first();
    await table.scrollIntoViewIfNeeded();
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'html-report.png'), fullPage: false });
    await expect(page.locator('mark', { hasText: '2017' }).first().isVisible()).resolves.toBe(true);
    // No horizontal scrolling on a laptop screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('scrolls a clicked finding into view below the sticky bar, with its text row', async () => {
    const page = await open(1400);
    const date = dateRow(page);
    const id = await date.getAttribute('id');
    expect(id).toMatch(/^f\d+$/);
    await page.locator(`ol.jump a[href="#${id}"]`).click();
    expect(page.url().endsWith(`#${id}`)).toBe(true);
    await page.waitForTimeout(100);
    const bar = (await page.locator('.filters').boundingBox())!;
    const row = (await date.boundingBox())!;
    const text = (await date.locator('xpath=preceding-sibling::tr[contains(@class,"bead")][1]').boundingBox())!;
    const viewport = page.viewportSize()!;
    await page.screenshot({ path: join(OUTPUT, 'html-report-date.png'), fullPage: false });
    // Below the bar (not under it) and above the bottom of the window: the finding and the texts it is about.
    expect(row.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(row.y + row.height).toBeLessThanOrEqual(viewport.height);
    expect(text.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    // The element at the row's centre is the row itself, not the bar drawn over it.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('tr')?.id, { x: row.x + row.width / 2, y: row.y + row.height / 2 });
    expect(onTop).toBe(id);
  });

  it('filters by rule and severity; errors only with rows with findings leaves only rows with a visible error', async () => {
    const page = await open(1400);
    const date = dateRow(page);
    await date.scrollIntoViewIfNeeded();
    await page.locator('input[data-filter="rule"][value="date-mismatch"]').uncheck();
    await expect(date.isVisible()).resolves.toBe(false);
    await page.locator('input[data-filter="rule"][value="date-mismatch"]').check();
    await expect(date.isVisible()).resolves.toBe(true);

    await page.locator('input[data-filter="severity"][value="warning"]').uncheck();
    await page.locator('input[data-filter="severity"][value="info"]').uncheck();
    await page.locator('#only-hits').check();
    const rows = await page.evaluate(() => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const out: { findings: string[] }[] = [];
      for (const tr of document.querySelectorAll('tr.bead')) {
        if (!visible(tr)) continue;
        const findings: string[] = [];
        for (let n = tr.nextElementSibling; n && n.classList.contains('finding'); n = n.nextElementSibling) if (visible(n)) findings.push(n.getAttribute('data-severity')!);
        for (const a of tr.querySelectorAll('.fref')) if (visible(a)) findings.push(a.getAttribute('data-severity')!);
        out.push({ findings });
      }
      const shownFindings = [...document.querySelectorAll('[data-severity]')].filter(visible).map((el) => el.getAttribute('data-severity'));
      return { rows: out, shownFindings };
    });
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const r of rows.rows) {
      expect(r.findings.length).toBeGreaterThan(0);
      expect(new Set(r.findings)).toEqual(new Set(['error']));
    }
    expect(new Set(rows.shownFindings)).toEqual(new Set(['error']));
    await expect(date.isVisible()).resolves.toBe(true);
    await page.locator('input[data-filter="severity"][value="error"]').uncheck();
    await expect(date.isVisible()).resolves.toBe(false);
  });

  it('shows the three 2018 versions side by side, each cell in its language, both duplicates marked', async () => {
    const page = await open(1400);
    const table = page.locator('table.versions').first();
    await expect(table.locator('thead th').count()).resolves.toBe(3);
    const langs = await table.locator('tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => td.getAttribute('lang')));
    expect(langs).toEqual(['fr', 'en', 'en']);
    // The French duplicate bullet: a finding row at its later member, a mark at its earlier one.
    const dup = page.locator('tr.finding[data-rule="duplicate"]');
    await expect(dup.filter({ hasText: 'repeated later' }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('tr.finding[data-rule="duplicate"][id]').count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
