import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, AuditTemplate, TemplateItem } from '../../audits/index.ts';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest({ serviceCenters: 30, customers: 200, workOrders: 1_500 });

/** An answer that passes an item. */
function passing(item: TemplateItem): Answer {
  switch (item.kind) {
    case 'yesNo':
      return { value: 'yes' };
    case 'count':
      return { value: item.minimum + 1 };
    case 'choice':
      return { value: [...item.options].sort((a, b) => b.score - a.score)[0].key };
    case 'measurement': {
      const check = item.check;
      if (check.type === 'range') return { value: check.min ?? check.max ?? 0 };
      if (check.reference !== undefined) return { value: check.reference };
      const reference = check.referenceRange ? (check.referenceRange.min + check.referenceRange.max) / 2 : 1;
      return { value: reference, reference };
    }
  }
}

describe('an auditor in the browser', () => {
  it('answers the last item of an audit, sees the live score, submits it and gets the server score', async () => {
    const center = await app.server.db.selectFrom('serviceCenters').select(['id', 'name']).where('onboardingStatus', '=', 'live').orderBy('id').executeTakeFirstOrThrow();
    const template = await app.server.db.selectFrom('auditTemplates').selectAll().where('kind', '=', 'annual').orderBy('version', 'desc').executeTakeFirstOrThrow();
    const definition = JSON.parse(String(template.definition)) as AuditTemplate;
    const items = definition.sections.flatMap((s) => s.items);
    const last = items.find((i) => i.kind === 'yesNo')!;
    const answers = Object.fromEntries(items.filter((i) => i !== last).map((i) => [i.key, passing(i)]));

    const page = await (await app.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await signInAs(page, app.server.url, 'compliance@example.com');
    // The draft with every answer but one, created through the API as the signed-in user.
    const draft = await page.evaluate(
      async (body) => {
        const response = await fetch('/api/audits', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      },
      { serviceCenterId: center.id, templateId: template.id, kind: 'annual', auditor: 'Casey Compliance', auditDate: '2026-11-20', answers },
    );
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);

    await page.goto(`${app.server.url}/#/audits/${draft.body.id}`);
    await page.getByTestId('submit-reason').waitFor();
    expect(await page.getByTestId('submit-reason').textContent()).toMatch(/1/);
    await page.locator(`input[name="answers.${last.key}"][value="yes"]`).check();
    await page.getByTestId('submit-reason').waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-form-complete.png'), fullPage: false });

    await page.getByRole('button', { name: /submit audit/i }).click();
    await page.getByRole('button', { name: /confirm/i }).click();
    await page.waitForURL(new RegExp(`#/audits/${draft.body.id}/show`));
    await page.getByRole('tab', { name: /findings/i }).waitFor();
    await page.getByText('Section results').first().waitFor();
    await page.getByText('Excellent').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-submitted.png') });

    const stored = await app.server.db.selectFrom('audits').selectAll().where('id', '=', draft.body.id).executeTakeFirstOrThrow();
    expect(stored.status).toBe('submitted');
    expect(Number(stored.score)).toBeGreaterThanOrEqual(96);
  }, 120_000);
});
