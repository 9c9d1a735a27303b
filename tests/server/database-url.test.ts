import { expect, test } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { isPostgres } from '../../server/db/dialect.ts';

test('DATABASE_URL picks the dialect: sqlite:, postgres:// and postgresql://; anything else is refused by name', async () => {
  const sqlite = openDatabase('sqlite::memory:');
  expect(isPostgres(sqlite.db)).toBe(false);
  await sqlite.close();
  for (const url of ['postgres://someone:secret@db.example:5432/interlock', 'postgresql://someone@db.example/interlock']) {
    // A pool connects lazily: opening needs no server.
    const database = openDatabase(url, {});
    expect(isPostgres(database.db)).toBe(true);
    expect(database.description).toMatch(/^PostgreSQL db\.example(:5432)?\/interlock$/);
    await database.close();
  }
  expect(() => openDatabase('mysql://db.example/interlock')).toThrow(/Unsupported DATABASE_URL "mysql:\/\/db.example\/interlock": use sqlite:<file> or postgres:\/\//);
  // The password never reaches a message.
  expect(() => openDatabase('mysql://someone:secret@db.example/interlock')).toThrow('Unsupported DATABASE_URL "mysql://***@db.example/interlock"');
});

test.each(['0', '-1', '2.5', 'ten'])('PG_POOL_MAX=%s is refused with the reason', (value) => {
  expect(() => openDatabase('postgres://db.example/interlock', { PG_POOL_MAX: value })).toThrow(`PG_POOL_MAX must be a whole number of connections (at least 1), got "${value}"`);
});
