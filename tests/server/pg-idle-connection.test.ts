import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { createPostgresDatabase } from './test-database.ts';

// PostgreSQL ends an idle pooled connection (a restart, an administrator's pg_terminate_backend):
// the pool's 'error' event must be handled, or it takes the whole server process down.
// Runs in the vitest "postgres" project only.
describe('an idle PostgreSQL connection ended by the server', () => {
  let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let database: Database;
  beforeAll(async () => {
    created = await createPostgresDatabase();
    database = openDatabase(created.url, { PG_POOL_MAX: '2' });
  });
  afterAll(async () => {
    await database.close();
    await created.drop();
  });

  test('is logged and replaced: the next query answers', async () => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const other = openDatabase(created.url, { PG_POOL_MAX: '1' });
    try {
      await sql`select pg_terminate_backend(${rows[0].pid})`.execute(other.db);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('closed an idle connection')));
      const again = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(again.rows[0].one).toBe(1);
    } finally {
      warn.mockRestore();
      await other.close();
    }
  });
});
