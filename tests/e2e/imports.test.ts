import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest();
let page: Page;

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await signInAs(page, app.server.url, 'compliance@example.com');
});

const csvFile = (text: string) => ({ name: 'new-customers.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('importing customers from CSV in the browser', () => {
  it('refuses a file with a bad row (nothing written), then imports it fixed', async () => {
    const jurisdiction = await app.server.db.selectFrom('jurisdictions').select('id').orderBy('id').executeTakeFirstOrThrow();
    const count = async () => Number((await app.server.db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();

    await page.goto(`${app.server.url}/#/customers`);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByTestId('import-columns').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the template' }).click();
    expect((await download).suggestedFilename()).toBe('customers-template.csv');

    const header = 'firstName,lastName,jurisdictionId,email,paymentPlan';
    const good = `Imogen,Import,${jurisdiction.id},imogen.import@example.com,weekly`;
    await page.getByTestId('import-file').setInputFiles(csvFile(`${header}\n${good}\nIvan,Import,${jurisdiction.id},not-an-email,yearly\n`));
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByTestId('import-errors').waitFor();
    expect(await page.getByTestId('import-errors').textContent()).toContain('1 of 2 rows have errors; nothing was imported');
    await page.getByRole('cell', { name: 'Not a valid email address' }).waitFor();
    expect(await page.getByRole('cell', { name: 'paymentPlan' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-bad-row.png'), fullPage: true });
    expect(await count()).toBe(before);

    await page.getByTestId('import-file').setInputFiles(csvFile(`${header}\n${good}\nIvan,Import,${jurisdiction.id},ivan.import@example.com,monthly\n`));
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('Ready: 2 rows to import').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('import-done').waitFor();
    expect(await count()).toBe(before + 2);
    const logged = await app.server.db.selectFrom('auditLog').select(['userName', 'recordId']).where('resource', '=', 'customers').where('action', '=', 'create').orderBy('id', 'desc').limit(2).execute();
    expect(logged.map((row) => row.userName)).toEqual(['Casey Compliance', 'Casey Compliance']);

    await page.getByRole('link', { name: 'Open the list' }).click();
    await page.waitForURL(/#\/customers$/);
  }, 90_000);
});
