import type { Kysely } from 'kysely';
import { addColumns, fk, index, req, table } from './builders.ts';

/** A center's structured weekly opening hours (JSON, its local time) and the days it is closed on top of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'serviceCenters', { openingHours: ['text'] });
  await table(db, 'centerClosures', {
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    startsOn: ['text', req],
    endsOn: ['text', req],
    reason: ['text', req],
  });
  await index(db, 'centerClosures', ['serviceCenterId', 'startsOn']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('centerClosures').execute();
  await db.schema.alterTable('serviceCenters').dropColumn('openingHours').execute();
}
