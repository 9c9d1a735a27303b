import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { buildApp } from '../../server/app.ts';
import type { Db } from '../../server/db/database.ts';

export interface TestServer {
  url: string;
  db: Db;
  dir: string;
  close(): Promise<void>;
}

/** A real server over HTTP on a fresh SQLite file in a temporary folder (serving the built SPA if given). */
export async function startTestServer(prepare?: (db: Db) => Promise<void>, options: { staticDir?: string } = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-test-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'test.db')}`);
  await migrateToLatest(database.db);
  if (prepare) await prepare(database.db);
  const app = await buildApp({ database, staticDir: options.staticDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    db: database.db,
    dir,
    async close() {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** JSON request helper: returns status, headers and parsed body. */
export async function api(base: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(base + url, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
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
