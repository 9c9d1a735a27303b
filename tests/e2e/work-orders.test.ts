import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { csvRowCounter } from '../../src/csv/csvRowCounter.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest();
let page: Page;

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
});

describe('work orders in the browser', () => {
  it('lists work orders, filters them by status, and opens one', async () => {
    await signInAs(page, app.server.url, 'compliance@example.com');
    await page.goto(`${app.server.url}/#/work-orders`);
    await page.getByText(/^WO-\d{4}-\d{6}$/).first().waitFor();
    const before = await page.locator('.RaPaginationInfo, .MuiTablePagination-displayedRows').first().textContent();

    await page.getByRole('button', { name: 'Completed' }).first().click();
    await page.waitForURL(/filter=.*completed/);
    await page.waitForFunction(
      (old) => document.querySelector('.MuiTablePagination-displayedRows')?.textContent !== old,
      before,
    );
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const statuses = await page.locator('tbody td.column-status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Completed']));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'work-orders-filtered.png') });

    const number = (await rows.first().locator('td.column-number').textContent())!.trim();
    await rows.first().click();
    await page.waitForURL(/#\/work-orders\/\d+\/show/);
    await page.getByText(number).first().waitFor();
    await expect(page.getByText('Completed').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'work-order-show.png') });
  }, 120_000);

  it('exports the whole filtered list as CSV: every row the list counts, past the old 5,000', async () => {
    const tab = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signInAs(tab, app.server.url, 'compliance@example.com');
    await tab.goto(`${app.server.url}/#/work-orders?filter=${encodeURIComponent('{"status":"completed"}')}&sort=scheduledAt&order=DESC`);
    await tab.getByText(/^WO-\d{4}-\d{6}$/).first().waitFor();
    const info = (await tab.locator('.MuiTablePagination-displayedRows').first().textContent()) ?? '';
    const total = Number(/of ([\d,]+)/.exec(info)?.[1].replaceAll(',', ''));
    expect(total).toBeGreaterThan(5000);

    const [download] = await Promise.all([tab.waitForEvent('download', { timeout: 60_000 }), tab.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('work-orders.csv');
    const bytes = fs.readFileSync(await download.path());
    const lines = csvRowCounter()(bytes);
    expect(lines - 1).toBe(total);
    const header = bytes.subarray(0, bytes.indexOf(10)).toString();
    expect(header.startsWith('id,createdAt,updatedAt,version,')).toBe(true);
    await tab.close();
  }, 120_000);
});
