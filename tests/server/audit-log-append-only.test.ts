import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { APPEND_ONLY_MESSAGE, clearAuditLog } from '../../server/db/append-only.ts';
import { deleteAllRows } from '../../server/db/demo-data/reset.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

let dir: string;
let testDb: TestDatabase;
let db: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlock-append-only-'));
  testDb = await createTestDatabase(dir);
  db = testDb.database.db;
  await migrateToLatest(db);
});
afterAll(async () => {
  await testDb.database.close();
  await testDb.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const logSomething = (summary = 'logged') =>
  db.insertInto('auditLog').values({ at: new Date().toISOString(), action: 'create', resource: 'regions', recordId: 1, summary }).executeTakeFirst();
const rows = async () => (await db.selectFrom('auditLog').select('summary').execute()).map((r) => r.summary);

describe('the audit log in the database', () => {
  test('refuses UPDATE and DELETE of its rows, whatever the client', async () => {
    await logSomething();
    await expect(db.updateTable('auditLog').set({ summary: 'rewritten' }).execute()).rejects.toThrow(APPEND_ONLY_MESSAGE);
    await expect(db.deleteFrom('auditLog').execute()).rejects.toThrow(APPEND_ONLY_MESSAGE);
    await expect(sql`update "auditLog" set "summary" = 'raw'`.execute(db)).rejects.toThrow(APPEND_ONLY_MESSAGE);
    await expect(sql`delete from "auditLog" where "id" > 0`.execute(db)).rejects.toThrow(APPEND_ONLY_MESSAGE);
    expect(await rows()).toEqual(['logged']);
  });

  test('clearAuditLog is the one deliberate way to clear it, and the guard stays in place after', async () => {
    await logSomething('second');
    expect(await db.transaction().execute((trx) => clearAuditLog(trx))).toBe(2);
    expect(await rows()).toEqual([]);
    await logSomething('after the reset');
    await expect(db.deleteFrom('auditLog').execute()).rejects.toThrow(APPEND_ONLY_MESSAGE);
    await expect(db.updateTable('auditLog').set({ summary: 'rewritten' }).execute()).rejects.toThrow(APPEND_ONLY_MESSAGE);
    expect(await rows()).toEqual(['after the reset']);
  });

  test('the demo reset (deleteAllRows) clears it, and a plain DELETE still fails afterwards', async () => {
    expect((await deleteAllRows(db)).auditLog).toBe(1);
    await logSomething();
    await expect(db.deleteFrom('auditLog').execute()).rejects.toThrow(APPEND_ONLY_MESSAGE);
  });
});
