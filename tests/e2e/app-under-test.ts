import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/test-server.ts';
import { generateDemoData, type DemoDataOptions } from '../../server/db/demo-data/seed.ts';
import { DIST, launchBrowser } from './browser.ts';

/**
 * For a browser test file: the built app on a fresh database with demo data (optionally smaller
 * counts), and Chromium; both started before the tests and closed after them.
 */
export function appUnderTest(counts?: DemoDataOptions['counts']) {
  const app = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    app.server = await startTestServer((db) => generateDemoData(db, { scale: 'demo', counts }).then(() => undefined), { staticDir: DIST });
    app.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
