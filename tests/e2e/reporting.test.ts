import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 60, customers: 1_500, workOrders: 8_000 });
let page: Page;

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signInAs(page, app.server.url, 'compliance@example.com');
});

describe('the compliance queue of reports to the states', () => {
  it('counts the queue on the dashboard with the on-time chart, and opens the overdue obligations', async () => {
    const overdue = await app.server.db.selectFrom('reportingObligations').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'overdue').executeTakeFirstOrThrow();
    expect(Number(overdue.n)).toBeGreaterThan(0);
    await page.goto(`${app.server.url}/#/`);
    const queue = page.getByTestId('table-reporting-queue');
    await queue.waitFor();
    await page.getByTestId('plot-on-time-reporting').locator('.recharts-line').first().waitFor();
    await page.getByTestId('chart-reporting-queue').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-dashboard.png') });
    expect(await queue.locator('tbody tr').first().textContent()).toBe(`Overdue${String(overdue.n)}`);
    await queue.getByText('Overdue').click();
    await page.waitForURL(/#\/reporting-obligations/);
    const rows = page.locator('.RaList-main tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(Number(overdue.n), 25));
    expect(await rows.getByText('Overdue', { exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-queue-overdue.png') });
  }, 90_000);

  it('reports the first overdue obligation with the state’s reference: it leaves the queue, reported late', async () => {
    const row = page.locator('.RaList-main tbody tr').first();
    await row.getByRole('button', { name: 'Report' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/state’s reference/).fill('DMV-2026-114');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-report-dialog.png') });
    await dialog.getByRole('button', { name: 'Report' }).click();
    await page.getByText('Obligation reported').waitFor();
    const reported = await app.server.db.selectFrom('reportingObligations').select(['status', 'reportedBy']).where('reference', '=', 'DMV-2026-114').executeTakeFirstOrThrow();
    expect(reported).toEqual({ status: 'reported-late', reportedBy: 'Casey Compliance' });
  }, 60_000);

  it('shows a state’s reporting rules marked as examples to confirm', async () => {
    const wy = await app.server.db.selectFrom('jurisdictions').select('id').where('code', '=', 'WY').executeTakeFirstOrThrow();
    await page.goto(`${app.server.url}/#/jurisdictions/${String(wy.id)}/show`);
    const rules = page.getByTestId('reporting-rules');
    await rules.waitFor();
    expect(await rules.locator('tbody tr').count()).toBe(4);
    expect(await rules.getByText('Example — to confirm').count()).toBe(4);
    await rules.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-rules-wyoming.png') });
  }, 60_000);
});
