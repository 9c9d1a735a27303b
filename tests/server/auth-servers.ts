import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import type { Db } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { createTestDatabase } from './test-database.ts';

export interface AuthServers {
  /** The servers' base URLs, each with its own connection(s) to the one database, as separate processes have. */
  urls: string[];
  db: Db;
  close(): Promise<void>;
}

/** Adds an active user with this password straight to the database. */
export async function addUser(db: Db, email: string, password: string, role = 'admin') {
  const now = new Date().toISOString();
  await db
    .insertInto('users')
    .values({ name: email, email, role, active: 1, passwordHash: await hashPassword(password), createdAt: now, updatedAt: now, version: 1 })
    .execute();
}

/**
 * `count` servers over one fresh database (SQLite file or PostgreSQL, as the suite runs), trusting
 * X-Forwarded-For/-Proto so that tests can sign in from several addresses and over "HTTPS".
 */
export async function startAuthServers(count: number, options: Pick<AppOptions, 'auth' | 'staticDir'> = {}): Promise<AuthServers> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-auth-'));
  const { url, database, drop } = await createTestDatabase(dir);
  await migrateToLatest(database.db);
  const databases: Database[] = [database];
  for (let i = 1; i < count; i++) databases.push(openDatabase(url, { PG_POOL_MAX: '4' }));
  const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  // One after the other: each stores the shipped audit templates on start.
  for (const each of databases) apps.push(await buildApp({ database: each, trustProxy: true, ...options }));
  const urls: string[] = [];
  for (const app of apps) urls.push(await app.listen({ port: 0, host: '127.0.0.1' }));
  return {
    urls,
    db: database.db,
    async close() {
      for (const app of apps) await app.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A sign-in from `address` (told by X-Forwarded-For); the answer's status, headers and body. */
export async function signInFrom(base: string, address: string, email: string, password: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', 'x-forwarded-for': address, ...headers },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { message?: string } };
}
