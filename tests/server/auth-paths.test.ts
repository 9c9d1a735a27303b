import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_ADMIN, api, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, snapshot } from './fixtures.ts';

// Issue 12, item 8: the guard judges the path the router routes, so `/%61pi/…`, `/API/…` and
// `//api/…` get the API's treatment (never unguarded, never the SPA).

let server: TestServer;
let base: string;
const spaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-spa-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(spaDir, 'index.html'), '<!doctype html><title>SPA</title>');
  server = await startTestServer(undefined, { staticDir: spaDir });
  base = server.url;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(spaDir, { recursive: true, force: true });
});

const noXhr = { 'x-requested-with': '' };

describe('encoded and differently cased API paths', () => {
  test.each(['/%61pi/auth/login', '/API/auth/login', '/%41PI/auth/login', '//api/auth/login'])('POST %s without X-Requested-With is refused and sets no cookie', async (url) => {
    const res = await api(base, 'POST', url, { email: TEST_ADMIN.email, password: TEST_ADMIN.password }, { cookie: '', ...noXhr });
    expectErrorBody(res, 403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  test('a signed-in write to /%61pi/… without X-Requested-With is refused and changes nothing', async () => {
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/%61pi/regions', { code: 'ENC', name: 'Encoded' }, noXhr);
    expectErrorBody(res, 403);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test.each(['/%61pi/regions', '/API/regions', '/%61pi/nothing-here', '/Api/auth/me', '//api/regions'])('GET %s signed out is a JSON 401, not the app', async (url) => {
    const res = await api(base, 'GET', url, undefined, { cookie: '' });
    expectErrorBody(res, 401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });

  test('client-side routes still get the app', async () => {
    const res = await fetch(`${base}/work-orders/12`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<title>SPA<\/title>/);
  });
});
