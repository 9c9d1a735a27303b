import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, signInAs } from './browser.ts';
import { appUnderTest } from './app-under-test.ts';
import { tinyPdf } from '../../server/db/demo-data/documents.ts';

const app = appUnderTest();
let page: Page;

type Card = { id: number; name: string; stalled: boolean; blockers: string[] };
type Board = { stages: { status: string; centers: Card[] }[] };

/** The board as the API serves it to the signed-in onboarding user. */
async function board(): Promise<Board> {
  return page.evaluate(async () => (await fetch('/api/onboarding/board')).json());
}

beforeAll(async () => {
  page = await app.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await signInAs(page, app.server.url, 'onboarding@example.com');
});

describe('onboarding in the browser', () => {
  it('shows the board by stage with blockers, stalled centers highlighted', async () => {
    await page.goto(`${app.server.url}/#/onboarding`);
    const data = await board();
    const stalled = data.stages.flatMap((s) => s.centers).find((c) => c.stalled)!;
    expect(stalled).toBeDefined();
    const card = page.getByTestId(`board-card-${stalled.id}`);
    await card.waitFor();
    expect(await card.getAttribute('data-stalled')).toBe('true');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-board.png'), fullPage: true });
    // a higher threshold: nobody stalls
    await page.getByLabel('Stalled after (days)').fill('3650');
    await page.getByText('0 stalled').waitFor();
    expect(await card.getAttribute('data-stalled')).toBe('false');
  }, 60_000);

  it('keeps Go live disabled with the reasons, uploads a document, then puts a ready center live', async () => {
    const data = await board();
    const all = data.stages.flatMap((s) => s.centers);
    const blocked = all.find((c) => c.blockers.length > 0 && c.blockers.length < 4)!;
    await page.goto(`${app.server.url}/#/service-centers/${blocked.id}/show/onboarding`);
    const button = page.getByRole('button', { name: 'Go live' });
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    expect(await page.getByTestId('go-live-reason').textContent()).toContain(blocked.blockers[0]);

    // upload a PDF (the file input is hidden behind its button)
    await page.getByLabel('Document').click();
    await page.getByRole('option', { name: 'Training record' }).click();
    await page.getByTestId('document-file').setInputFiles({ name: 'training-record.pdf', mimeType: 'application/pdf', buffer: tinyPdf(['Training record', 'E2E']) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByRole('link', { name: 'training-record.pdf' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-blocked.png'), fullPage: true });

    const ready = all.find((c) => c.blockers.length === 0)!;
    expect(ready).toBeDefined();
    await page.goto(`${app.server.url}/#/service-centers/${ready.id}/show/onboarding`);
    const goLive = page.getByRole('button', { name: 'Go live' });
    await expect.poll(() => goLive.isEnabled(), { timeout: 10_000 }).toBe(true);
    await goLive.click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-confirm.png') });
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(/^Live since /).waitFor();
    // live: onboarding staff no longer upload here, and the server's reason says why
    await expect.poll(() => page.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('upload-reason').textContent()).toBe('Onboarding staff add or change documents only of centers that are not live yet');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-live.png'), fullPage: true });
    const row = await app.server.db.selectFrom('serviceCenters').select(['onboardingStatus', 'wentLiveAt']).where('id', '=', ready.id).executeTakeFirstOrThrow();
    expect(row.onboardingStatus).toBe('live');
    expect(row.wentLiveAt).not.toBeNull();
  }, 60_000);

  it('edits the paperwork dates on the center form, where Live cannot be chosen', async () => {
    const center = (await board()).stages.find((s) => s.status === 'training')!.centers[0];
    await page.goto(`${app.server.url}/#/service-centers/${center.id}`);
    await page.getByText('Onboarding paperwork').waitFor();
    await page.getByLabel('State notified').fill('2026-01-15');
    await page.getByLabel('Onboarding status').click();
    const live = page.getByRole('option', { name: 'Live' });
    expect(await live.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Escape');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'onboarding-center-form.png'), fullPage: true });
  }, 60_000);
});
