import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 40, customers: 300, workOrders: 2_000 });

/** The phone the portal is made for: nothing may scroll sideways. */
const PHONE = { width: 390, height: 844 };

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: PHONE, timezoneId: 'America/Los_Angeles' });
  page = await context.newPage();
});
afterAll(() => context.close());

async function expectNoSidewaysScroll(on: Page = page) {
  const overflow = await on.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const shot = (name: string, on: Page = page) => on.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });

/** The payment form's labels in each language of the portal. */
const PAY_FORM = {
  en: { form: 'Make a payment', amount: 'Amount', newCard: 'A new card', number: 'Card number', month: 'Month (MM)', year: 'Year (YYYY)', cvc: 'Security code', pay: /^Pay \$/ },
  es: { form: 'Hacer un pago', amount: 'Importe', newCard: 'Una tarjeta nueva', number: 'Número de tarjeta', month: 'Mes (MM)', year: 'Año (AAAA)', cvc: 'Código de seguridad', pay: /^Pagar \$/ },
};

/** Pays this amount on the payments page with a new card of this number (expiring in two years); answers the form. */
async function payWithNewCard(language: keyof typeof PAY_FORM, amount: string, cardNumber: string) {
  const labels = PAY_FORM[language];
  const form = page.getByRole('region', { name: labels.form });
  await form.getByLabel(labels.amount).fill(amount);
  await form.getByLabel(labels.newCard).check();
  await form.getByLabel(labels.number).fill(cardNumber);
  await form.getByLabel(labels.month).fill('12');
  await form.getByLabel(labels.year).fill(String(new Date().getUTCFullYear() + 2));
  await form.getByLabel(labels.cvc).fill('123');
  await form.getByRole('button', { name: labels.pay }).click();
  return form;
}

/** Signs in on the portal's own sign-in page. */
async function signInToPortal(on: Page, email: string) {
  await on.goto(`${app.server.url}/portal/`);
  await on.waitForURL(/\/portal\/login$/);
  await on.getByLabel('Email').fill(email);
  await on.getByLabel('Password').fill('demo-pass-1');
  await on.getByRole('button', { name: 'Sign in' }).click();
}

async function handsetOf(email: string) {
  return app.server.db
    .selectFrom('devices')
    .innerJoin('users', 'users.customerId', 'devices.customerId')
    .select(['devices.id', 'devices.serial', 'devices.customerId'])
    .where('users.email', '=', email)
    .where('devices.status', '=', 'installed')
    .where('devices.kind', '=', 'handset')
    .executeTakeFirstOrThrow();
}

describe('the client portal on a phone', () => {
  it('a customer signs in at /portal/ and sees their dashboard with their device', async () => {
    await signInToPortal(page, 'customer@example.com');
    const handset = await handsetOf('customer@example.com');
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await page.getByText(/^Hello, /).waitFor();
    // home is /portal/, inside the service worker's scope
    expect(new URL(page.url()).pathname).toBe('/portal/');
    await page.getByText(`Serial ${handset.serial}`, { exact: false }).first().waitFor();
    await expect(page.getByTestId('balance').textContent()).resolves.toMatch(/^\$\d/);
    await page.getByRole('region', { name: 'Next service' }).getByText(/^Calibration due /).waitFor();
    // the bottom bar: the main pages and "More"
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    await nav.getByRole('link', { name: 'Unlock codes' }).waitFor();
    await nav.getByRole('button', { name: 'More' }).waitFor();
    await expectNoSidewaysScroll();
    await shot('client-portal-dashboard-phone.png');
  }, 60_000);

  it('obtains an unlock code: shown once, with its validity and the fee; logged and charged', async () => {
    const handset = await handsetOf('customer@example.com');
    const before = await app.server.db.selectFrom('customers').select('balance').where('id', '=', handset.customerId!).executeTakeFirstOrThrow();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Unlock codes' }).click();
    await page.waitForURL(/\/portal\/unlock$/);
    await page.getByRole('button', { name: 'Get an unlock code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Get an unlock code?' });
    await dialog.waitFor();
    await shot('client-portal-unlock-confirm-phone.png');
    await dialog.getByRole('button', { name: 'Get the code' }).click();
    const code = page.getByTestId('unlock-code');
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^\d{8}$/);
    await page.getByText(/^Valid until /).waitFor();
    await page.getByText(/^(Fee added to your balance: \$\d|No fee was charged\.)/).waitFor();
    await expectNoSidewaysScroll();
    await shot('client-portal-unlock-code-phone.png');

    const issued = await app.server.db.selectFrom('unlockCodes').select(['deviceId', 'issuedBy', 'fee']).where('deviceId', '=', handset.id).execute();
    expect(issued).toHaveLength(1);
    const after = await app.server.db.selectFrom('customers').select('balance').where('id', '=', handset.customerId!).executeTakeFirstOrThrow();
    expect(Number(after.balance)).toBeCloseTo(Number(before.balance) + Number(issued[0].fee ?? 0), 2);
  }, 60_000);

  it('pays with the sandbox test card: the balance goes down, the card number is kept nowhere', async () => {
    const handset = await handsetOf('customer@example.com');
    const before = await app.server.db.selectFrom('customers').select('balance').where('id', '=', handset.customerId!).executeTakeFirstOrThrow();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Payments' }).click();
    await page.waitForURL(/\/portal\/payments$/);
    const form = await payWithNewCard('en', '10', '4242 4242 4242 4242');
    await form.getByText(/^Thank you: \$10\.00 paid\./).waitFor();
    await expectNoSidewaysScroll();
    await shot('client-portal-payment-phone.png');

    const after = await app.server.db.selectFrom('customers').select('balance').where('id', '=', handset.customerId!).executeTakeFirstOrThrow();
    expect(Number(after.balance)).toBeCloseTo(Number(before.balance) - 10, 2);
    const paid = await app.server.db.selectFrom('payments').selectAll().where('customerId', '=', handset.customerId!).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(paid).toMatchObject({ amount: 10, status: 'succeeded' });
    const cards = await app.server.db.selectFrom('paymentMethods').selectAll().where('customerId', '=', handset.customerId!).execute();
    expect(JSON.stringify([paid, cards])).not.toMatch(/4242\s?4242\s?4242/);
  }, 60_000);

  it('switches to Spanish: the texts and <html lang> change, and a reload keeps Spanish', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pagos' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Inicio' }).click();
    await page.getByText(/^Hola, /).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    await page.getByText(/^Hola, /).waitFor();
    await page.getByRole('region', { name: 'Próximo servicio' }).getByText(/^Calibración el /).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectNoSidewaysScroll();
    await shot('client-portal-dashboard-es-phone.png');
    await page.getByRole('button', { name: 'Más' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await shot('client-portal-more-es-phone.png');
    await page.keyboard.press('Escape');

    // the server's refusals come in Spanish too: a declined test card
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    await nav.getByRole('link', { name: 'Pagos' }).click();
    const form = await payWithNewCard('es', '5', '4000 0000 0000 0002');
    await form.getByText('El pago no se realizó: Su tarjeta fue rechazada').waitFor();
    await expectNoSidewaysScroll();
    await shot('client-portal-declined-es-phone.png');
    await nav.getByRole('link', { name: 'Inicio' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^Hello, /).waitFor();
  }, 60_000);

  it('every other page fits a phone: nothing scrolls sideways', async () => {
    const pages: [string, string][] = [
      ['appointments', 'Appointments'],
      ['notes', 'Notes to the program'],
      ['complaints', 'Complaints'],
      ['documents', 'Documents'],
      ['help', 'Help'],
      ['profile', 'Profile'],
    ];
    for (const [path, title] of pages) {
      await page.goto(`${app.server.url}/portal/${path}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSidewaysScroll();
      await shot(`client-portal-${path}-phone.png`);
    }
    await page.goto(`${app.server.url}/portal/`);
    await page.getByText(/^Hello, /).waitFor();
  }, 90_000);

  it('says so when the phone goes offline, and opens from its cached app shell', async () => {
    // the built portal registers its service worker, which caches the app shell
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.getByText(/^You are offline/).waitFor();
    await page.reload();
    await page.getByText(/^You are offline/).waitFor();
    // the page stays (no sign-out), and says what it could not load
    await page.getByText('This could not be loaded: there is no connection.').waitFor();
    await shot('client-portal-offline-phone.png');
    await context.setOffline(false);
    await page.getByText(/^You are offline/).waitFor({ state: 'detached' });
    const retry = page.getByRole('button', { name: 'Try again' });
    if (await retry.isVisible()) await retry.click();
    await page.getByText(/^Hello, /).waitFor();
  }, 60_000);

  it('a signed-in customer who opens the back office is sent to the portal', async () => {
    await page.goto(`${app.server.url}/`);
    await page.waitForURL(`${app.server.url}/portal/`);
    await page.getByText(/^Hello, /).waitFor();
  }, 60_000);

  it('a customer in a state without codes is told so, with the number to call', async () => {
    const other = await app.browser.newContext({ viewport: PHONE });
    const phone = await other.newPage();
    await signInToPortal(phone, 'customer.tx@example.com');
    await phone.getByText(/^Hello, /).waitFor();
    await phone.goto(`${app.server.url}/portal/unlock`);
    await phone.getByText(/does not allow unlock codes from the portal/).first().waitFor();
    const call = phone.getByRole('link', { name: /^Call / });
    expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d{7,}$/);
    await expectNoSidewaysScroll(phone);
    await shot('client-portal-unlock-refused-phone.png', phone);
    await other.close();
  }, 60_000);
});

describe('each app is for its own users', () => {
  it('staff who open /portal/ are sent back to the back office', async () => {
    const staff = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await staff.newPage();
    await signInAs(desk, app.server.url, 'compliance@example.com');
    await desk.goto(`${app.server.url}/portal/`);
    await desk.waitForURL(`${app.server.url}/`);
    await desk.locator('.RaSidebar-fixed').waitFor();
    await staff.close();
  }, 60_000);

  it('on a wide screen the pages are listed beside the content', async () => {
    const wide = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await wide.newPage();
    await signInToPortal(desk, 'customer@example.com');
    await desk.getByText(/^Hello, /).waitFor();
    const nav = desk.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Unlock codes' }).waitFor();
    await nav.getByRole('button', { name: 'Sign out' }).waitFor();
    await shot('client-portal-dashboard-wide.png', desk);
    await nav.getByRole('button', { name: 'Sign out' }).click();
    await desk.waitForURL(/\/portal\/login$/);
    await wide.close();
  }, 60_000);
});
