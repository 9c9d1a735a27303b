import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { isPostgres } from '../../server/db/dialect.ts';
import { api, startTestServer, type TestServer } from './test-server.ts';

// Another process (an import in another worker) holds SQLite's write lock past the busy timeout.
describe('a database locked by another process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 503 with Retry-After and the usual error shape, writes nothing, and writes again once the lock is gone', async () => {
    if (isPostgres(server.db)) return; // PostgreSQL's writers wait for row locks, never for the whole database
    await sql`pragma busy_timeout = 50`.execute(server.db);
    const other = new SQLite(path.join(server.dir, 'test.db'));
    try {
      other.exec('begin immediate');
      const refused = await api(server.url, 'POST', '/api/regions', { code: 'BUSY', name: 'Busy' });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(refused.body).toEqual({ message: expect.stringContaining('nothing was saved'), errors: {} });
      other.exec('rollback');
      const regions = await api(server.url, 'GET', '/api/regions?code=BUSY');
      expect(regions.body).toEqual([]);
      const accepted = await api(server.url, 'POST', '/api/regions', { code: 'BUSY', name: 'Busy' });
      expect(accepted.status).toBe(201);
    } finally {
      other.close();
    }
  });
});
