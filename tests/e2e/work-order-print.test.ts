import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 60, customers: 800, workOrders: 4000 });
let page: Page;

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

describe('a removal in the browser', () => {
  it('compliance authorises a removal that waits for it, then prints its work order (the print is audited)', async () => {
    const removal = await app.server.db
      .selectFrom('workOrders')
      .select(['id', 'number'])
      .where('type', '=', 'removal')
      .where('status', 'in', ['requested', 'scheduled'])
      .where('authorizedAt', 'is', null)
      .where('vehicleId', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await signInAs(page, app.server.url, 'compliance@example.com');
    await page.goto(`${app.server.url}/#/work-orders/${removal.id}/show`);
    await page.getByText(removal.number!).first().waitFor();
    await page.getByText('Waiting for compliance to authorise it').waitFor();

    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(/^Authorised by Casey Compliance on /).waitFor();
    const stored = await app.server.db.selectFrom('workOrders').selectAll().where('id', '=', removal.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'authorized', authorizedBy: 'Casey Compliance' });
    expect(await page.getByRole('button', { name: 'Authorize' }).isDisabled()).toBe(true);
    await page.getByText('This work order is already authorised').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'work-order-authorized.png') });

    await page.getByRole('link', { name: 'Print' }).click();
    await page.waitForURL(new RegExp(`#/work-orders/${removal.id}/print$`));
    const sheet = page.locator('article.wo-print');
    await sheet.waitFor();
    await expect(sheet.getByText('Interlock Back Office').isVisible()).resolves.toBe(true);
    await expect(sheet.getByText(`Work order ${removal.number}`).isVisible()).resolves.toBe(true);
    await expect(sheet.getByTestId('print-authorization').textContent()).resolves.toMatch(/^Authorised by Casey Compliance on /);
    await expect(sheet.getByText('Technician (name and signature)').isVisible()).resolves.toBe(true);
    await expect(sheet.getByText('Customer signature').isVisible()).resolves.toBe(true);
    // no app chrome on the print view
    expect(await page.locator('.RaLayout-appFrame, header.MuiAppBar-root').count()).toBe(0);
    // one printed page (Letter)
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'work-order-print.png'), fullPage: true });

    const prints = await app.server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'work-orders').where('recordId', '=', removal.id).where('action', '=', 'print').execute();
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ userName: 'Casey Compliance', summary: `Printed ${removal.number}` });
  }, 180_000);

  it("prints a consolidated shipment's packing list: one page, a labelled package per customer", async () => {
    const [shipment] = await app.server.db
      .selectFrom('shipmentPackages')
      .select((eb) => ['shipmentId', eb.fn.countAll().as('packages')])
      .groupBy('shipmentId')
      .having((eb) => eb.fn.countAll(), '>=', 2)
      .orderBy('shipmentId')
      .limit(1)
      .execute();
    const labels = await app.server.db.selectFrom('shipmentPackages').select('label').where('shipmentId', '=', shipment.shipmentId).orderBy('id').execute();
    await page.goto(`${app.server.url}/#/shipments/${String(shipment.shipmentId)}/show`);
    await page.getByRole('link', { name: 'Print packing list' }).click();
    await page.waitForURL(new RegExp(`#/shipments/${String(shipment.shipmentId)}/packing-list$`));
    const sheet = page.getByTestId('packing-list');
    await sheet.waitFor();
    for (const { label } of labels) await expect(sheet.getByText(String(label)).isVisible()).resolves.toBe(true);
    expect(await page.locator('.RaLayout-appFrame, header.MuiAppBar-root').count()).toBe(0);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'packing-list-print.png'), fullPage: true });
  }, 120_000);
});
