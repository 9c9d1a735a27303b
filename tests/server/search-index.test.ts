import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { api, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, post } from './fixtures.ts';
import { customers } from '../../server/resources/customers.ts';
import { ensureSearchIndexes, searchTableOf } from '../../server/db/search-index.ts';
import { isPostgres } from '../../server/db/dialect.ts';
import type { Resource } from '../../server/resources/define.ts';

/** Names that fold differently in ASCII-only and Unicode lower-casing, or hold LIKE's and FTS5's special characters. */
const NAMES: [string, string][] = [
  ['Élodie', 'Ébrard'],
  ['ÅSA', 'Øystein'],
  ['İlker', 'Işık'],
  ['Σίσυφος', 'ΟΔΥΣΣΕΥΣ'],
  ['Straße', 'GROSS'],
  ['Łucja', 'Żółć'],
  ['Ljiljana', 'Ǉubić'],
  ["O'Brien", 'Mac "Big" Donald'],
  ['Per%cent', 'Under_score'],
  ['Back\\slash', 'Star*Glob?'],
  ['Ann', 'Annabel'],
  ['Zoë', 'Noël'],
];

// 'İ' is left out of the terms: JavaScript lowers it to 'i̇' (i and a combining dot), PostgreSQL's lower() to 'i'.
const TERMS = [
  'élo', 'ÉLO', 'ébr', 'åsa', 'ØYS', 'ışı', 'IŞI', 'σίσ', 'ΣΊΣ', 'δυσ', 'aße', 'ROSS', 'łuc', 'ŻÓŁ', 'ǉub', 'ǈub',
  "o'b", '"big"', 'big" d', 'r%c', 'r_s', 'k\\s', 'r*g', 'b?', 'ann', 'nna', 'zoë', 'oël', 'an', 'é', 'zz', 'nothing here',
];

/** What `q` must find: rows holding the term in a searchable field, both folded by JavaScript's toLowerCase. */
const expectedIds = (rows: { id: number; values: (string | null)[] }[], term: string) =>
  rows.filter((row) => row.values.some((value) => value !== null && value.toLowerCase().includes(term.toLowerCase()))).map((row) => row.id);

describe('search by trigram index', () => {
  let server: TestServer;
  const rows: { id: number; values: (string | null)[] }[] = [];
  let jurisdictionId: unknown;

  beforeAll(async () => {
    server = await startTestServer();
    const first = await createRecord(server.url, 'customers', { firstName: 'Seed', lastName: 'Row' });
    rows.push({ id: first.id as number, values: customers.search.map((field) => (first[field] as string | null) ?? null) });
    jurisdictionId = first.jurisdictionId;
    for (const [firstName, lastName] of NAMES) {
      const created = await post(server.url, 'customers', { firstName, lastName, jurisdictionId, city: `${lastName} City` });
      rows.push({ id: created.id as number, values: customers.search.map((field) => (created[field] as string | null) ?? null) });
    }
  }, 60_000);
  afterAll(() => server?.close());

  const ids = async (query: string) => {
    const res = await api(server.url, 'GET', `/api/customers?${query}&_sort=id&_order=asc`);
    expect(res.status, query).toBe(200);
    return (res.body as { id: number }[]).map((row) => row.id);
  };

  test.each(TERMS)('q=%s finds what a substring search of the folded fields finds', async (term) => {
    expect(await ids(`q=${encodeURIComponent(term)}`)).toEqual(expectedIds(rows, term));
  });

  test.each(TERMS)('lastName_like=%s finds what a substring search of the folded field finds', async (term) => {
    const index = customers.search.indexOf('lastName');
    const expected = rows.filter((row) => row.values[index]?.toLowerCase().includes(term.toLowerCase())).map((row) => row.id);
    expect(await ids(`lastName_like=${encodeURIComponent(term)}`)).toEqual(expected);
  });

  test('the index follows inserts, updates of a searched field and deletes', async () => {
    const created = await post(server.url, 'customers', { firstName: 'Quirinus', lastName: 'Vexley', jurisdictionId });
    expect(await ids('q=quirin')).toEqual([created.id]);
    const updated = await api(server.url, 'PUT', `/api/customers/${created.id}`, { ...created, firstName: 'Quintus' });
    expect(updated.status).toBe(200);
    expect(await ids('q=quirin')).toEqual([]);
    expect(await ids('q=quint')).toEqual([created.id]);
    expect(await ids('firstName_like=uint')).toEqual([created.id]);
    expect((await api(server.url, 'DELETE', `/api/customers/${created.id}`)).status).toBe(200);
    expect(await ids('q=quint')).toEqual([]);
  });

  test.each(['city', ...TERMS])('the count of q=%s equals its rows, alone (counted in the index) and with a filter', async (term) => {
    const alone = await api(server.url, 'GET', `/api/customers?q=${encodeURIComponent(term)}&_start=0&_end=3`);
    expect(alone.status).toBe(200);
    expect(Number(alone.headers.get('x-total-count'))).toBe(expectedIds(rows, term).length);
    const filtered = await api(server.url, 'GET', `/api/customers?q=${encodeURIComponent(term)}&id_gte=${rows[0].id}&_start=0&_end=3`);
    expect(Number(filtered.headers.get('x-total-count'))).toBe(expectedIds(rows, term).length);
  });

  test('a search is answered from the index, not by reading the table', async () => {
    const term = '%élo%';
    if (isPostgres(server.db)) {
      await sql`analyze "customers"`.execute(server.db);
      // On a nearly empty table any plan is cheap: forbid reading the table, and (in a transaction
      // rolled back) set aside the other indexes of the column, which the planner may read whole.
      let plan: string[] = [];
      await server.db
        .transaction()
        .execute(async (trx) => {
          await sql`set local enable_seqscan = off`.execute(trx);
          for (const order of ['asc', 'desc']) await sql`drop index if exists ${sql.id(`customers_sort_lastName_${order}`)}`.execute(trx);
          const explained = await sql<{ 'QUERY PLAN': string }>`explain select "id" from "customers" where lower(("lastName" collate "default")) like ${term} escape '\\'`.execute(trx);
          plan = explained.rows.map((row) => row['QUERY PLAN']);
          throw new Error('roll back');
        })
        .catch((error: unknown) => {
          if (!(error instanceof Error && error.message === 'roll back')) throw error;
        });
      expect(plan.join('\n')).toContain('customers_lastName_trgm');
    } else {
      const plan = await sql<{ detail: string }>`explain query plan select "id" from "customers" where "id" in (select rowid from "customersSearch" where "customersSearch" match ${'"élo"'})`.execute(server.db);
      expect(plan.rows.map((row) => row.detail).join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    }
  });

  test('changing a resource’s searchable fields rebuilds its index from the rows', async () => {
    if (isPostgres(server.db)) {
      const narrowed: Resource = { ...(customers as unknown as Resource), search: ['caseNumber'] };
      await ensureSearchIndexes(server.db, [narrowed]);
      const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'customers'`.execute(server.db);
      expect(indexes.rows.map((row) => row.indexname)).toContain('customers_caseNumber_trgm');
      return;
    }
    const narrowed: Resource = { ...(customers as unknown as Resource), search: ['city'] };
    await ensureSearchIndexes(server.db, [narrowed]);
    const columns = await sql<{ name: string }>`select name from pragma_table_info(${searchTableOf(customers)})`.execute(server.db);
    expect(columns.rows.map((row) => row.name)).toEqual(['city']);
    const found = await sql<{ rowid: number }>`select rowid from "customersSearch" where "customersSearch" match ${'"øystein city"'}`.execute(server.db);
    expect(found.rows.map((row) => row.rowid)).toEqual(rows.filter((row) => row.values.some((v) => v === 'Øystein')).map((row) => row.id));
    await ensureSearchIndexes(server.db, [customers as unknown as Resource]);
    const restored = await sql<{ name: string }>`select name from pragma_table_info(${searchTableOf(customers)})`.execute(server.db);
    expect(restored.rows.map((row) => row.name)).toEqual(customers.search);
  });
});
