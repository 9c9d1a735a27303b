import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 60, customers: 800, workOrders: 4000 });
let page: Page;

/** The phone the portal is made for: nothing may scroll sideways. */
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  // the demo login's center is in Washington: the phone is on its time
  page = await app.browser.newPage({ viewport: PHONE, timezoneId: 'America/Los_Angeles' });
});

async function expectNoSidewaysScroll() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function ownCenterId(): Promise<number> {
  const user = await app.server.db.selectFrom('users').select('serviceCenterId').where('email', '=', 'center@example.com').executeTakeFirstOrThrow();
  return Number(user.serviceCenterId);
}

describe('the service-center portal on a phone', () => {
  it("center staff land on today's agenda, open a work order and print it (the print is logged)", async () => {
    await signInAs(page, app.server.url, 'center@example.com');
    const firstNumber = page.getByRole('link', { name: /^WO-\d{4}-/ }).first();
    const noneToday = page.getByText('No appointments today');
    await firstNumber.or(noneToday).first().waitFor();
    // on a weekend the demo centers are closed: the week's agenda starts on Monday
    if (await noneToday.isVisible()) await page.getByRole('button', { name: 'Next 7 days', exact: true }).click();
    await firstNumber.waitFor();
    // their own menu: the portal's pages, not the back office's resources
    await expect(page.getByRole('menuitem', { name: 'Customers' }).count()).resolves.toBe(0);
    await expectNoSidewaysScroll();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-today-phone.png'), fullPage: true });

    const number = (await firstNumber.textContent())!.trim();
    const order = await app.server.db.selectFrom('workOrders').select(['id', 'serviceCenterId']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(order.serviceCenterId).toBe(await ownCenterId());
    await firstNumber.click();
    await page.waitForURL(new RegExp(`#/work-orders/${order.id}/show`));
    await page.getByTestId('work-order-sheet').waitFor();
    await expectNoSidewaysScroll();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-work-order-phone.png'), fullPage: true });

    await page.getByRole('link', { name: 'Print' }).click();
    await page.waitForURL(new RegExp(`#/work-orders/${order.id}/print$`));
    await page.locator('article.wo-print').getByText(`Work order ${number}`).waitFor();
    const prints = await app.server.db.selectFrom('auditLog').select('userName').where('resource', '=', 'work-orders').where('recordId', '=', order.id).where('action', '=', 'print').execute();
    expect(prints.map((p) => p.userName)).toEqual(['Sam Center']);
  }, 180_000);

  it('records a walk-in calibration found by device serial: done, and the device’s next calibration follows', async () => {
    const centerId = await ownCenterId();
    const device = await app.server.db
      .selectFrom('devices')
      .select(['id', 'serial', 'nextCalibrationDue'])
      .where('serviceCenterId', '=', centerId)
      .where('status', '=', 'installed')
      .where('kind', '=', 'handset')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await page.goto(`${app.server.url}/#/walk-ins/new`);
    const serial = page.getByLabel('Serial (scan or type, then Enter)');
    await serial.fill(device.serial);
    await serial.press('Enter');
    await page.getByRole('button', { name: /^Choose / }).first().click();
    await page.getByTestId('referenceStandard').fill('0.040');
    await page.getByTestId('asFoundReading').fill('0.043');
    await page.getByTestId('asLeftReading').fill('0.040');
    await page.getByLabel('Reference within its certificate of analysis').check();
    await expectNoSidewaysScroll();
    await page.getByRole('button', { name: 'Record walk-in' }).click();
    await page.getByText(/^Walk-in recorded as WO-/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-walk-in-phone.png'), fullPage: true });

    const walkIn = await app.server.db.selectFrom('workOrders').selectAll().where('serviceCenterId', '=', centerId).where('type', '=', 'calibration').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(walkIn).toMatchObject({ status: 'completed', referenceStandard: 0.04, asLeftReading: 0.04 });
    const after = await app.server.db.selectFrom('devices').select(['nextCalibrationDue', 'workOrderId']).where('id', '=', device.id).executeTakeFirstOrThrow();
    expect(after.workOrderId).toBe(walkIn.id);
    expect(String(after.nextCalibrationDue) > String(device.nextCalibrationDue)).toBe(true);
  }, 180_000);

  it('receives an incoming package as listed: its devices become the center’s stock', async () => {
    const centerId = await ownCenterId();
    await page.goto(`${app.server.url}/#/equipment`);
    const receive = page.getByRole('button', { name: 'Receive', exact: true }).first();
    await receive.waitFor();
    await expectNoSidewaysScroll();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-equipment-phone.png'), fullPage: true });
    await receive.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Receive all as listed' }).click();
    await dialog.getByText(/ received$/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'portal-package-received-phone.png'), fullPage: true });

    const received = await app.server.db
      .selectFrom('shipmentPackages as p')
      .innerJoin('shipments as s', 's.id', 'p.shipmentId')
      .select(['p.workOrderId', 'p.receivedBy'])
      .where('s.serviceCenterId', '=', centerId)
      .where('p.receivedBy', '=', 'Sam Center')
      .execute();
    expect(received).toHaveLength(1);
    const stock = await app.server.db.selectFrom('devices').select(['status', 'serviceCenterId']).where('workOrderId', '=', received[0].workOrderId).execute();
    expect(stock.length).toBeGreaterThan(0);
    for (const device of stock) expect(device).toEqual({ status: 'in-stock', serviceCenterId: centerId });
  }, 180_000);
});
