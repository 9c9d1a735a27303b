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

  it('reports the first overdue obligation with the state’s reference: reported late, on the customer’s page too', async () => {
    const row = page.locator('.RaList-main tbody tr').first();
    await row.getByRole('button', { name: 'Report' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/state’s reference/).fill('DMV-2026-114');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-report-dialog.png') });
    await dialog.getByRole('button', { name: 'Report' }).click();
    await page.getByText('Obligation reported').waitFor();
    const reported = await app.server.db.selectFrom('reportingObligations').select(['status', 'reportedBy', 'customerId']).where('reference', '=', 'DMV-2026-114').executeTakeFirstOrThrow();
    expect(reported).toMatchObject({ status: 'reported-late', reportedBy: 'Casey Compliance' });
    // the customer's page lists it among their reports to the state
    await page.goto(`${app.server.url}/#/customers/${String(reported.customerId)}/show/reporting`);
    await page.getByText('DMV-2026-114').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-customer-tab.png') });
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

  it('records tampering on a Texas device: the state wants it within 48 h, so it joins the queue', async () => {
    const device = await app.server.db
      .selectFrom('devices')
      .innerJoin('customers', 'customers.id', 'devices.customerId')
      .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
      .select(['devices.id', 'devices.serial'])
      .where('jurisdictions.code', '=', 'TX')
      .where('devices.status', '=', 'installed')
      .orderBy('devices.id')
      .executeTakeFirstOrThrow();
    await page.goto(`${app.server.url}/#/devices/${String(device.id)}/show`);
    await page.getByText(device.serial).first().waitFor();
    const button = page.getByRole('button', { name: 'Record tampering or violation' });
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
    await button.click();
    await page.getByLabel('What was seen (optional)').fill('Bypass wire under the dash');
    await page.waitForTimeout(400); // the dialog's fade-in, for the screenshot
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reporting-record-tampering.png') });
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText(/a report to the state is due by/).waitFor();
    const owed = await app.server.db.selectFrom('reportingObligations').select(['event', 'status', 'eventAt', 'dueAt']).where('sourceResource', '=', 'devices').where('sourceId', '=', device.id).where('notes', 'like', '%Bypass wire%').executeTakeFirstOrThrow();
    expect(owed).toMatchObject({ event: 'tampering', status: 'open' });
    expect(Date.parse(owed.dueAt) - Date.parse(owed.eventAt)).toBe(48 * 3_600_000);
  }, 60_000);
});
