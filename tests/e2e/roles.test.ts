import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 40, customers: 300, workOrders: 2_000 });

const NETWORK = ['Service centers', 'Closures', 'Installers', 'Regions', 'Jurisdictions'];
const OPERATIONS = ['Work orders', 'Devices', 'Shipments', 'Calibrations'];
const PEOPLE = ['Customers', 'Vehicles', 'Shipment packages', 'Unlock codes'];
const QUALITY = ['Audits', 'Findings', 'Corrective actions', 'Audit checklists'];
// What customers send from the client portal, and what they pay: for compliance and administrators.
const FROM_CUSTOMERS = ['Payments', 'Appointment requests', 'Customer notes', 'Complaints', 'Customer documents'];
// What is owed to the states: compliance reports it, administrators too, managers watch their region's.
const REPORTING = ['Reporting obligations'];

// DOMAIN.md's role table as menus: what each demo login sees in the sidebar (everyone starts on their dashboard).
const MENUS: [email: string, menu: string[]][] = [
  ['admin@example.com', ['Dashboard', ...OPERATIONS, ...PEOPLE, ...FROM_CUSTOMERS, ...REPORTING, ...NETWORK, 'Documents', ...QUALITY, 'Help articles', 'Users', 'Outbox', 'Audit log', 'Onboarding board']],
  ['compliance@example.com', ['Dashboard', ...OPERATIONS, ...PEOPLE, ...FROM_CUSTOMERS, ...REPORTING, ...NETWORK, 'Documents', ...QUALITY, 'Help articles', 'Outbox', 'Audit log', 'Onboarding board']],
  ['regional@example.com', ['Dashboard', ...OPERATIONS, ...REPORTING, ...NETWORK, ...QUALITY, 'Help articles']],
  ['onboarding@example.com', ['Dashboard', ...NETWORK, 'Documents', ...QUALITY, 'Help articles', 'Onboarding board']],
  // center staff get the service-center portal's menu instead of the back office's
  ['center@example.com', ['Today', 'Walk-in', 'Equipment', 'Quality', 'Paperwork', 'Hours', 'Statement']],
  // (a customer's login opens the client portal instead: tests/e2e/client-portal.test.ts)
];

describe('each role signs in and sees its menu', () => {
  it.each(MENUS)('%s', async (email, expected) => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, app.server.url, email);
    const menu = page.locator('.RaSidebar-fixed [role="menuitem"], .RaSidebar-fixed a.RaMenuItemLink-root');
    await menu.first().waitFor();
    await page.waitForTimeout(300);
    const items = (await menu.allTextContents()).map((t) => t.trim()).filter(Boolean);
    expect([...new Set(items)].sort()).toEqual([...expected].sort());
    await page.screenshot({ path: path.join(SCREENSHOTS, `menu-${email.split('@')[0]}.png`) });
    await context.close();
  }, 60_000);

  it('onboarding staff open #/documents: the documents with their download links, not "Not Found"', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, app.server.url, 'onboarding@example.com');
    await page.goto(`${app.server.url}/#/documents`);
    const link = page.locator('a[href^="/api/documents/"]').first();
    await link.waitFor();
    const download = await page.request.get(`${app.server.url}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(await page.getByText('Not Found').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'documents-onboarding.png') });
    await context.close();
  }, 60_000);

  it('a regional manager who opens a forbidden page sees access denied, not a crash', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, app.server.url, 'regional@example.com');
    await page.goto(`${app.server.url}/#/customers`);
    await page.getByText(/not authorized|access denied|don't have access/i).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'access-denied-regional.png') });
    await context.close();
  }, 60_000);
});
