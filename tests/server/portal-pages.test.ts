import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';
import { isPortalPage } from '../../server/portal-shell.ts';

let server: TestServer;
let dist: string;

const BACK_OFFICE = '<!doctype html><title>back office</title>';
const PORTAL = '<!doctype html><title>client portal</title>';
const WORKER = 'self.addEventListener("fetch", () => {});';

beforeAll(async () => {
  // a built app in miniature: both pages, the portal's worker and manifest
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-dist-'));
  fs.mkdirSync(path.join(dist, 'portal'));
  fs.writeFileSync(path.join(dist, 'index.html'), BACK_OFFICE);
  fs.writeFileSync(path.join(dist, 'portal', 'index.html'), PORTAL);
  fs.writeFileSync(path.join(dist, 'portal', 'sw.js'), WORKER);
  fs.writeFileSync(path.join(dist, 'portal', 'manifest.webmanifest'), '{"name":"Interlock"}');
  server = await startTestServer(undefined, { staticDir: dist });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await fetch(server.url + url, { redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text(), csp: response.headers.get('content-security-policy') ?? '' };
};

describe('the two apps of the build', () => {
  test.each(['/portal', '/portal/', '/portal/unlock', '/portal/verify/abc-123', '/portal/unlock?device=2'])('%s is the client portal', async (url) => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.text).toBe(PORTAL);
  });

  test.each(['/', '/customers', '/portals', '/work-orders/5/show', '/portal-like'])('%s is the back office', async (url) => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.text).toBe(BACK_OFFICE);
  });

  test('the service worker and the manifest are served from /portal/ (so the worker’s scope is the portal), allowed by the CSP', async () => {
    const worker = await get('/portal/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.type).toMatch(/javascript/);
    expect(worker.text).toBe(WORKER);
    expect((await get('/portal/manifest.webmanifest')).text).toBe('{"name":"Interlock"}');
    // worker-src and manifest-src fall back to default-src 'self'
    expect(worker.csp).toContain("default-src 'self'");
    expect(worker.csp).not.toMatch(/worker-src|manifest-src/);
  });

  test('API paths are never a page: JSON (here 401, signed out)', async () => {
    const missing = await get('/api/portal/nothing');
    expect(missing.status).toBe(401);
    expect(missing.type).toMatch(/json/);
  });
});

describe('isPortalPage', () => {
  test('pages under /portal are the portal’s; files (a dot in the last part) and look-alikes are not', () => {
    expect(['/portal', '/portal/', '/portal/unlock', '/portal/a/b'].every(isPortalPage)).toBe(true);
    expect(['/portal/sw.js', '/portal/icons/icon-192.png', '/portals', '/portal-x', '/', '/api/portal'].some(isPortalPage)).toBe(false);
  });
});
