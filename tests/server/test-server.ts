import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import type { Db } from '../../server/db/database.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestServer {
  url: string;
  db: Db;
  dir: string;
  close(): Promise<void>;
}

export const TEST_ADMIN = { email: 'admin@test.local', password: 'test-pass-1' };

/** Session cookies by server URL: `api()` sends the admin's unless told otherwise. */
const cookies = new Map<string, string>();

/**
 * A real server over HTTP on a fresh database (`test.db` in a temporary folder, or a new
 * PostgreSQL database when TEST_DATABASE=postgres), serving the built SPA if given, with an
 * administrator account already signed in for `api()`.
 */
export async function startTestServer(
  prepare?: (db: Db) => Promise<void>,
  options: { staticDir?: string; auth?: AppOptions['auth']; exportBatchRows?: number } = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-test-'));
  const { database, drop } = await createTestDatabase(dir);
  await migrateToLatest(database.db);
  if (prepare) await prepare(database.db);
  const existing = await database.db.selectFrom('users').select('id').where('email', '=', TEST_ADMIN.email).executeTakeFirst();
  if (!existing) {
    const now = new Date().toISOString();
    await database.db
      .insertInto('users')
      .values({ name: 'Test Admin', email: TEST_ADMIN.email, role: 'admin', active: 1, passwordHash: await hashPassword(TEST_ADMIN.password), createdAt: now, updatedAt: now, version: 1 })
      .execute();
  }
  const app = await buildApp({ database, staticDir: options.staticDir, auth: options.auth, exportBatchRows: options.exportBatchRows });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;
  cookies.set(url, await signIn(url, TEST_ADMIN.email, TEST_ADMIN.password));
  return {
    url,
    db: database.db,
    dir,
    async close() {
      cookies.delete(url);
      await app.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes `api()` send this session cookie to a server started elsewhere (another process). */
export function useSession(base: string, cookie: string): void {
  cookies.set(base, cookie);
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie()[0].split(';')[0];
}

/**
 * JSON request helper: returns status, headers and parsed body. Sends the signed-in admin's
 * cookie and the anti-CSRF header unless `headers` sets `cookie` / `x-requested-with` itself
 * (an empty string leaves the header out).
 */
export async function api(base: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const all: Record<string, string> = { cookie: cookies.get(base) ?? '', 'x-requested-with': 'XMLHttpRequest', ...headers };
  if (body !== undefined && !('content-type' in headers)) all['content-type'] = 'application/json';
  const response = await fetch(base + url, {
    method,
    headers: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== '')),
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: json as any };
}
