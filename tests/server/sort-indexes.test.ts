import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type TestServer } from './test-server.ts';
import { isPostgres } from '../../server/db/dialect.ts';
import { rowsQuery } from '../../server/rest/sql-list.ts';
import { parseListQuery } from '../../server/rest/list-query.ts';
import { resourceByName } from '../../server/resources/index.ts';

/** The query plan of a list's page as the API runs it. */
async function planOf(server: TestServer, name: string, query: Record<string, string>): Promise<string> {
  const resource = resourceByName.get(name)!;
  const compiled = rowsQuery(server.db, resource, parseListQuery(query, resource.columns), { kind: 'all' }).compile();
  if (isPostgres(server.db)) {
    return server.db.transaction().execute(async (trx) => {
      // on a nearly empty table the planner would rightly prefer a sort: ask what it does when it must not
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_sort = off`.execute(trx);
      const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...compiled, sql: `explain ${compiled.sql}` });
      return plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }
  const plan = await server.db.executeQuery<{ detail: string }>({ ...compiled, sql: `explain query plan ${compiled.sql}` });
  return plan.rows.map((row) => row.detail).join('\n');
}

describe('sort indexes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);
  afterAll(() => server?.close());

  // The large lists' default orders (the SPA's), both ways.
  const cases = [
    ['work-orders', 'scheduledAt'],
    ['customers', 'lastName'],
    ['devices', 'serial'],
    ['vehicles', 'make'],
    ['unlock-codes', 'issuedAt'],
    ['audit-log', 'at'],
  ].flatMap(([name, field]) => (['ASC', 'DESC'] as const).map((order) => [name, field, order] as const));

  test.each(cases)('a page of %s sorted by %s %s is read from its index, not sorted', async (name, field, order) => {
    const plan = await planOf(server, name, { _sort: field, _order: order, _start: '100', _end: '125' });
    expect(plan).toMatch(/USING INDEX|Index Scan/);
    expect(plan).not.toMatch(/TEMP B-TREE|Sort Key/);
  });
});
