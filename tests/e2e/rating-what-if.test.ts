import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';
import { decimal } from '../../src/numbers.ts';

const app = appUnderTest({ serviceCenters: 30, customers: 200, workOrders: 1_500 });

describe('what if, on a center’s rating tab', () => {
  it('a regional manager imagines the open actions closed and an audit at 95 %, and sees the projected rating the API answers', async () => {
    const db = app.server.db;
    const manager = await db.selectFrom('users').select('regionId').where('email', '=', 'regional@example.com').executeTakeFirstOrThrow();
    // the center of their region with the most open corrective actions
    const center = await db
      .selectFrom('serviceCenters')
      .innerJoin('correctiveActions', 'correctiveActions.serviceCenterId', 'serviceCenters.id')
      .select(['serviceCenters.id', (eb) => eb.fn.countAll().as('open')])
      .where('serviceCenters.regionId', '=', manager.regionId)
      .where('correctiveActions.status', '=', 'open')
      .groupBy('serviceCenters.id')
      .orderBy('open', 'desc')
      .orderBy('serviceCenters.id')
      .executeTakeFirstOrThrow();
    const open = Number(center.open);

    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInAs(page, app.server.url, 'regional@example.com');
    await page.goto(`${app.server.url}/#/service-centers/${center.id}/show/rating`);
    const panel = page.getByTestId('what-if');
    await panel.waitFor({ timeout: 20_000 });
    await panel.getByText('What would raise the rating most').waitFor();
    const suggestions = await panel.locator('[data-testid^="what-if-suggestion-"]').count();
    expect(suggestions).toBeGreaterThan(0);
    expect(suggestions).toBeLessThanOrEqual(3);

    await panel.getByLabel(open === 1 ? 'Close the open corrective action' : `Close all ${open} open corrective actions`).check();
    await panel.getByLabel('An annual audit today at (%)').fill('95');
    await panel.getByRole('button', { name: 'Show the rating then' }).click();
    await panel.getByRole('table', { name: 'What the changes move' }).waitFor();

    const answer = await page.evaluate(async (id) => {
      const response = await fetch(`/api/service-centers/${id}/rating/what-if`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
        body: JSON.stringify({ closeCorrectiveActions: 'all', nextAudit: { percent: 95 } }),
      });
      return (await response.json()) as { current: { score: number }; projected: { score: number; grade: string } };
    }, center.id);
    expect(await panel.getByTestId('what-if-current').textContent()).toContain(`${decimal(answer.current.score)} / 100`);
    expect(await panel.getByTestId('what-if-projected').textContent()).toContain(`${decimal(answer.projected.score)} / 100 · grade ${answer.projected.grade}`);
    expect(answer.projected.score).toBeGreaterThan(answer.current.score);
    expect(await panel.getByRole('table', { name: 'What the changes move' }).textContent()).toContain('Open and overdue corrective actions');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rating-what-if.png') });
    expect(await page.locator('[role="alert"].MuiAlert-standardError').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
