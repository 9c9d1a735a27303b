import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { isoEpochSeconds } from '../../server/db/iso-time.ts';
import { createTestDatabase } from './test-database.ts';

// The database's own arithmetic on ISO timestamps (no date functions: SQLite's and PostgreSQL's differ)
// must agree with JavaScript's clock, across days, months, leap days and years.

let dir: string;
let database: Database;
let drop: () => Promise<void>;

const TIMES = [
  '2024-01-01T00:00:00.000Z',
  '2023-12-31T23:59:59.999Z',
  '2024-02-28T23:58:30.250Z',
  '2024-02-29T00:01:10.000Z',
  '2024-03-01T00:00:00.000Z',
  '2023-02-28T23:59:00.000Z',
  '2023-03-01T00:02:00.000Z',
  '2026-11-22T06:30:00.000Z',
  '2026-11-22T06:34:59.500Z',
  '2000-02-29T12:00:00.000Z',
  '2100-03-01T00:00:00.000Z',
];

/** The database with the test's own table. */
const times = () => database.db.withTables<{ times: { id: number; at: string } }>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-iso-'));
  ({ database, drop } = await createTestDatabase(dir));
  await database.db.schema.createTable('times').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('at', 'text', (c) => c.notNull()).execute();
  await times().insertInto('times').values(TIMES.map((at, id) => ({ id, at }))).execute();
});

afterAll(async () => {
  await database.close();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('differences of isoEpochSeconds are the seconds between the timestamps', async () => {
  const rows = await times().selectFrom('times').select(['at', isoEpochSeconds('at').as('seconds')]).orderBy('id').execute();
  const base = Number(rows[0].seconds);
  for (const row of rows) {
    expect(Number(row.seconds) - base, String(row.at)).toBeCloseTo((Date.parse(String(row.at)) - Date.parse(TIMES[0])) / 1000, 3);
  }
});
