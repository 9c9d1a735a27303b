import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');
export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Debian's Chromium, headless, with the flags this sandboxed, offline machine needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('The SPA is not built: run `npx vite build` first (npm test does)');
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the login page as a demo user (password demo-pass-1) and waits for the app. */
export async function signInAs(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill('demo-pass-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}
