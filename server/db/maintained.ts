import { sql } from 'kysely';
import type { Db, Transaction } from './database.ts';

/**
 * Structures the database keeps from the resource definitions (search indexes, row counts), built
 * when the database is opened after the migrations and rebuilt when their definition changes:
 * `maintainedStructures` holds the definition each was built from.
 */
export async function buildIfChanged(db: Db, name: string, definition: string, build: (trx: Transaction) => Promise<void>): Promise<void> {
  await sql`create table if not exists "maintainedStructures" ("name" text primary key, "definition" text not null)`.execute(db);
  const built = await sql<{ definition: string }>`select "definition" from "maintainedStructures" where "name" = ${name}`.execute(db);
  if (built.rows[0]?.definition === definition) return;
  await db.transaction().execute(async (trx) => {
    await build(trx);
    await sql`insert into "maintainedStructures" ("name", "definition") values (${name}, ${definition})
      on conflict ("name") do update set "definition" = excluded."definition"`.execute(trx);
  });
}
