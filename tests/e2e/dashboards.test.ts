import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';

const app = appUnderTest();

async function signedIn(email: string, { width = 1440, height = 1000 } = {}) {
  const context = await app.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signInAs(page, app.server.url, email);
  return { context, page, errors };
}

/** Every chart of the dashboard drawn (recharts' svg), and no card still loading or failed. */
async function chartsDrawn(page: Page, cards: string[]) {
  for (const id of cards) await page.getByTestId(`chart-${id}`).locator('svg.recharts-surface').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  expect(await page.locator('[role="alert"].MuiAlert-standardError').count()).toBe(0);
}

/** Nothing wider than the window (the hidden tables for screen readers included). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `dashboard-${name}.png`), fullPage: true });

const REGIONAL = ['ratings-trend', 'rating-distribution', 'corrective-actions-age', 'work-order-volume', 'walk-in-duration'];
const COMPLIANCE = ['overdue-findings', 'devices-past-grace'];
const ONBOARDING = ['onboarding-funnel', 'median-days', 'went-live'];

describe('each role lands on its dashboard', () => {
  it('a regional manager sees their region per center; a bar opens the centers behind it', async () => {
    const { context, page, errors } = await signedIn('regional@example.com');
    await page.getByRole('heading', { name: 'Average rating over time' }).waitFor();
    await chartsDrawn(page, REGIONAL);
    expect(await page.getByRole('tab').count()).toBe(0); // one dashboard: no switcher
    expect(await page.getByTestId('chart-ratings-trend').getByText('Per center of your region, its monthly rating').count()).toBe(1);
    await shot(page, 'regional');
    expect(await scrollsSideways(page)).toBe(false);
    // on a phone the cards stack
    await page.setViewportSize({ width: 400, height: 900 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-regional-narrow.png') });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.getByTestId('chart-rating-distribution').locator('.recharts-bar-rectangle path').first().click();
    await page.waitForURL((url) => url.hash.startsWith('#/service-centers?filter='));
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('"onboardingStatus":"live"');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('compliance lands on its queues, oldest authorisation first, and can open the other dashboards', async () => {
    const { context, page, errors } = await signedIn('compliance@example.com');
    await page.getByRole('heading', { name: 'Work orders awaiting authorisation' }).waitFor();
    await chartsDrawn(page, COMPLIANCE);
    expect(await page.getByRole('tab', { name: 'Compliance' }).getAttribute('aria-selected')).toBe('true');
    const waiting = await page.getByTestId('table-authorization-queue').locator('tbody tr td:last-child').allTextContents();
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.map(Number)).toEqual([...waiting.map(Number)].sort((a, b) => b - a)); // oldest first
    await shot(page, 'compliance');
    await page.getByTestId('table-authorization-queue').locator('tbody tr a').first().click();
    await page.waitForURL((url) => /#\/work-orders\/\d+\/show/.test(url.hash));
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('onboarding staff see the pipeline, stalled centers and go-lives', async () => {
    const { context, page, errors } = await signedIn('onboarding@example.com');
    await page.getByRole('heading', { name: 'Onboarding pipeline' }).waitFor();
    await chartsDrawn(page, ONBOARDING);
    expect(await page.getByTestId('table-stalled-centers').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, 'onboarding');
    // with the keyboard: the table view of the funnel, then a stage opens the list of exactly the centers counted
    const funnel = page.getByTestId('chart-onboarding-funnel');
    await funnel.getByRole('button', { name: 'Show as table' }).focus();
    await page.keyboard.press('Enter');
    const training = funnel.getByRole('row').filter({ has: page.getByRole('link', { name: 'Training' }) });
    const counted = Number(await training.locator('td').nth(1).textContent());
    expect(counted).toBeGreaterThan(0);
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Training'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['A', 'Training']);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash.startsWith('#/service-centers?filter='));
    await page.getByText(new RegExp(`^1-${Math.min(counted, 25)} of ${counted}$`)).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('an admin switches between the three dashboards (remembered), in light and dark mode', async () => {
    const { context, page, errors } = await signedIn('admin@example.com');
    await page.getByRole('heading', { name: 'Average rating over time' }).waitFor();
    await chartsDrawn(page, REGIONAL);
    expect(await page.getByTestId('chart-ratings-trend').getByText('Per region, monthly average of the centers’ ratings').count()).toBe(1);
    await shot(page, 'admin');
    await page.getByRole('tab', { name: 'Onboarding' }).click();
    await chartsDrawn(page, ONBOARDING);
    await page.getByRole('tab', { name: 'Compliance' }).click();
    await chartsDrawn(page, COMPLIANCE);
    await page.reload();
    await page.getByRole('heading', { name: 'Work orders awaiting authorisation' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Compliance' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    await page.getByRole('tab', { name: 'Regional' }).click();
    await chartsDrawn(page, REGIONAL);
    await shot(page, 'admin-dark');
    await page.getByRole('tab', { name: 'Compliance' }).click();
    await chartsDrawn(page, COMPLIANCE);
    await shot(page, 'compliance-dark');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('center staff land on their portal: their center and its rating above the agenda (the history is on Quality)', async () => {
    const { context, page, errors } = await signedIn('center@example.com');
    await page.getByRole('region', { name: 'Your service center' }).waitFor();
    await page.getByRole('button', { name: 'Next 7 days', exact: true }).waitFor();
    await page.getByRole('link', { name: 'How the rating is made' }).waitFor();
    await shot(page, 'center');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
