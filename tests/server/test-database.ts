import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/db/database.ts';

/** The PostgreSQL the suites use when it answers (a maintenance database there: fresh databases are created beside it). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** `TEST_DATABASE=postgres` (set by the vitest "postgres" project) runs the server suites on PostgreSQL. */
export const testBackend = (): 'sqlite' | 'postgres' => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite');

/** Whether something accepts connections at the URL's host and port within a second. */
export function postgresReachable(url = TEST_POSTGRES_URL, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface TestDatabase {
  url: string;
  database: Database;
  /** Deletes the database (after `database.close()`, which the server does when it closes). */
  drop(): Promise<void>;
}

/** An empty PostgreSQL database of its own (`interlock_test_<random>`), dropped by `drop()`. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `interlock_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/**
 * A fresh, empty database on the backend the suite runs on: `<dir>/test.db`, or a new PostgreSQL
 * database (dropped by `drop()`; the caller removes `dir`).
 */
export async function createTestDatabase(dir: string): Promise<TestDatabase> {
  if (testBackend() === 'postgres') {
    const created = await createPostgresDatabase();
    return { url: created.url, database: openDatabase(created.url, { PG_POOL_MAX: '4' }), drop: created.drop };
  }
  const url = `sqlite:${path.join(dir, 'test.db')}`;
  return { url, database: openDatabase(url), drop: async () => {} };
}
