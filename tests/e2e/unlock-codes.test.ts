import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest();
let page: Page;

/** An installed device whose customer is in this state (and has no login of their own: those get codes in the client portal, tests/e2e/client-portal.test.ts). */
async function installedDeviceIn(state: string) {
  return app.server.db
    .selectFrom('devices')
    .innerJoin('customers', 'customers.id', 'devices.customerId')
    .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
    .select(['devices.id', 'devices.serial'])
    .where('jurisdictions.code', '=', state)
    .where('devices.status', '=', 'installed')
    .where('customers.id', 'not in', app.server.db.selectFrom('users').select('customerId').where('customerId', 'is not', null))
    .orderBy('devices.id')
    .executeTakeFirstOrThrow();
}

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signInAs(page, app.server.url, 'compliance@example.com');
});

describe('unlock codes and calibration tracking in the browser', () => {
  it('issues an unlock code in Washington and shows it once', async () => {
    const device = await installedDeviceIn('WA');
    await page.goto(`${app.server.url}/#/devices/${String(device.id)}/show`);
    await page.getByText(device.serial).first().waitFor();
    const button = page.getByRole('button', { name: 'Issue unlock code' });
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
    await button.click();
    await page.getByLabel('Reason (optional)').fill('Stranded after a missed retest');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unlock-code-confirm.png') });
    await page.getByRole('button', { name: 'Issue code' }).click();
    const code = page.getByTestId('unlock-code');
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^\d{8}$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unlock-code-issued.png') });
    await page.getByRole('button', { name: 'Done' }).click();
    await code.waitFor({ state: 'detached' });
    // WA allows one code per device and day: the button now says why it is disabled.
    await page.getByText(/^Daily limit reached: Washington \(WA\)/).waitFor();
    expect(await button.isDisabled()).toBe(true);
    await page.getByRole('tab', { name: /Unlock codes/ }).click();
    await page.getByText('Stranded after a missed retest').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unlock-code-history.png') });
  }, 60_000);

  it('disables the button with the reason in a state that does not allow codes', async () => {
    const device = await installedDeviceIn('TX');
    await page.goto(`${app.server.url}/#/devices/${String(device.id)}/show`);
    await page.getByText('Texas (TX) does not allow unlock codes; call (800) 555-0142').waitFor();
    expect(await page.getByRole('button', { name: 'Issue unlock code' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unlock-code-refused.png') });
  }, 60_000);

  it('lists calibrations in grace with the days left, and the other tabs', async () => {
    await page.goto(`${app.server.url}/#/calibrations`);
    await page.getByRole('tab', { name: /In grace period \(\d+\)/ }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calibrations-in-grace.png') });
    for (const name of [/Due this week/, /Past grace/, /All overdue/]) {
      await page.getByRole('tab', { name }).click();
      await page.locator('tbody tr, .RaList-noResults, .RaEmpty, p').first().waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calibrations-overdue.png') });
  }, 60_000);

  it('lists issued codes without the codes, and shows a state\'s unlock-code limits', async () => {
    await page.goto(`${app.server.url}/#/unlock-codes`);
    await page.locator('tbody tr').first().waitFor();
    const text = await page.locator('tbody').textContent();
    expect(text).toMatch(/Casey Compliance/);
    expect(text).not.toMatch(/scrypt/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unlock-codes-list.png') });
    const wa = await app.server.db.selectFrom('jurisdictions').select('id').where('code', '=', 'WA').executeTakeFirstOrThrow();
    await page.goto(`${app.server.url}/#/jurisdictions/${String(wa.id)}/show`);
    await page.getByText('Unlock code valid for (hours)').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'jurisdiction-unlock-limits.png') });
  }, 60_000);
});
