import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditTemplate } from '../../audits/index.ts';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 10, customers: 50, workOrders: 200 });

describe('an administrator in the browser', () => {
  it('makes a new version of the annual checklist, changes a weight, previews it on a sample and publishes it', async () => {
    const v1 = await app.server.db.selectFrom('auditTemplates').selectAll().where('kind', '=', 'annual').where('status', '=', 'published').executeTakeFirstOrThrow();
    const definition = JSON.parse(v1.definition) as AuditTemplate;
    const first = definition.sections[0].items[0];

    const page = await (await app.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signInAs(page, app.server.url, 'admin@example.com');
    await page.goto(`${app.server.url}/#/audit-templates/${v1.id}/show`);
    await page.getByTestId('edit-reason').waitFor();
    expect(await page.getByTestId('edit-reason').textContent()).toBe('A published checklist is never changed: make a new version');
    await page.getByRole('button', { name: 'New version' }).click();
    await page.waitForURL(/#\/audit-templates\/\d+$/);
    const draftId = Number(/audit-templates\/(\d+)$/.exec(page.url())![1]);

    const weight = page.locator(`input[name="definition.sections.0.items.0.weight"]`);
    await weight.waitFor();
    expect(await weight.inputValue()).toBe(String(first.weight));
    await weight.fill(String(first.weight * 5));
    const failing = page.getByLabel('Items that fail in the sample (the others pass)');
    await failing.click();
    await page.getByRole('option', { name: first.text }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('preview-summary').filter({ hasText: /findings: 1, critical: 1/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-editor.png') });
    // a measured item shows its check's settings, a choice its options
    const [si, ii] = definition.sections.flatMap((s, i) => s.items.map((item, j) => [i, j, item.kind] as const)).find(([, , kind]) => kind === 'measurement')!;
    const measured = page.locator(`input[name="definition.sections.${si}.items.${ii}.unit"]`);
    await measured.scrollIntoViewIfNeeded();
    expect(await measured.inputValue()).toBe((definition.sections[si].items[ii] as { unit: string }).unit);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-editor-measurement.png') });

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish version 2?').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-publish-confirm.png') });
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(new RegExp(`#/audit-templates/${draftId}/show`));
    await page.getByTestId('edit-reason').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-published.png') });
    await page.goto(`${app.server.url}/#/audit-templates`);
    await page.getByText('Retired').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'checklist-list.png') });

    const rows = await app.server.db.selectFrom('auditTemplates').select(['id', 'version', 'status', 'definition']).where('key', '=', v1.key).orderBy('version').execute();
    expect(rows.map((r) => [r.id, r.version, r.status])).toEqual([
      [v1.id, 1, 'retired'],
      [draftId, 2, 'published'],
    ]);
    const published = JSON.parse(rows[1].definition) as AuditTemplate;
    expect(published.sections[0].items[0].weight).toBe(first.weight * 5);
    expect({ ...published, version: 1, sections: published.sections.map((s, i) => (i === 0 ? definition.sections[0] : s)) }).toEqual(definition);
  }, 180_000);
});
