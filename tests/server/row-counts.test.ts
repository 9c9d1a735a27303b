import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, liveCenter, useDatabase } from './fixtures.ts';
import { looseDb } from '../../server/db/database.ts';
import { RESOURCES } from '../../server/resources/index.ts';
import { countingOf } from '../../server/db/maintained-structures.ts';
import { ROW_COUNTS, ensureRowCounts } from '../../server/db/row-counts.ts';

/** Every maintained count next to what count(*) says, for every counted table and center. */
async function countsAgree(server: TestServer) {
  for (const resource of RESOURCES) {
    const { table, byColumn } = countingOf(resource);
    const kept = await sql<{ scopeColumn: string; scopeValue: number; count: number }>`select "scopeColumn", "scopeValue", "count" from ${sql.table(ROW_COUNTS)} where "tableName" = ${table} and "count" <> 0`.execute(server.db);
    const total = await looseDb(server.db).selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    const expected: Record<string, number> = { ':0': Number(total.count) };
    if (byColumn) {
      const groups = (await looseDb(server.db).selectFrom(table).select([byColumn, (eb) => eb.fn.countAll().as('count')]).where(byColumn, 'is not', null).groupBy(byColumn).execute()) as Record<string, unknown>[];
      for (const group of groups) expected[`${byColumn}:${Number(group[byColumn])}`] = Number(group.count);
    }
    const actual = Object.fromEntries(kept.rows.map((row) => [`${row.scopeColumn}:${Number(row.scopeValue)}`, Number(row.count)]));
    if (!(':0' in actual)) actual[':0'] = 0;
    expect(actual, table).toEqual(expected);
  }
}

describe('maintained row counts', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    useDatabase(server);
  }, 60_000);
  afterAll(() => server?.close());

  const total = async (path: string) => {
    const res = await api(server.url, 'GET', path);
    expect(res.status, path).toBe(200);
    return Number(res.headers.get('x-total-count'));
  };

  test('follow inserts, a move to another center, deletes, and answer the lists’ totals', async () => {
    const first = await createRecord(server.url, 'work-orders');
    const second = await createRecord(server.url, 'work-orders', { serviceCenterId: first.serviceCenterId });
    const other = await liveCenter(server.url, server.db);
    await countsAgree(server);
    expect(await total('/api/work-orders?_start=0&_end=1')).toBe(2);
    expect(await total(`/api/work-orders?serviceCenterId=${first.serviceCenterId}&_start=0&_end=1`)).toBe(2);

    const moved = await api(server.url, 'PATCH', `/api/work-orders/${second.id}`, { serviceCenterId: other.id, version: second.version });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await countsAgree(server);
    expect(await total(`/api/work-orders?serviceCenterId=${first.serviceCenterId}&_start=0&_end=1`)).toBe(1);
    expect(await total(`/api/work-orders?serviceCenterId=${other.id}&_start=0&_end=1`)).toBe(1);

    const unrelated = await api(server.url, 'PATCH', `/api/work-orders/${first.id}`, { notes: 'Counted once', version: first.version });
    expect(unrelated.status, JSON.stringify(unrelated.body)).toBe(200);
    await countsAgree(server);

    expect((await api(server.url, 'DELETE', `/api/work-orders/${first.id}`)).status).toBe(200);
    await countsAgree(server);
    expect(await total('/api/work-orders?_start=0&_end=1')).toBe(1);
    expect(await total(`/api/work-orders?serviceCenterId=${first.serviceCenterId}&_start=0&_end=1`)).toBe(0);
  });

  test('a filtered list is still counted exactly', async () => {
    const res = await api(server.url, 'GET', '/api/work-orders?_start=0&_end=1');
    const rows = await looseDb(server.db).selectFrom('workOrders').select('status').execute();
    const status = String(rows[0]?.status ?? 'scheduled');
    expect(await total(`/api/work-orders?status=${status}&_start=0&_end=1`)).toBe(rows.filter((row) => row.status === status).length);
    expect(res.status).toBe(200);
  });

  test('are rebuilt from the rows when their definition changes', async () => {
    await sql`update ${sql.table(ROW_COUNTS)} set "count" = 999 where "tableName" = 'workOrders'`.execute(server.db);
    await ensureRowCounts(server.db, [{ table: 'workOrders' }]);
    await ensureRowCounts(server.db, [countingOf({ name: 'work-orders', table: 'workOrders' })]);
    await countsAgree(server);
  });
});
