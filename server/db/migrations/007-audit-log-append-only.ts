import type { Kysely } from 'kysely';
import { createAuditLogGuards, dropAuditLogGuards } from '../append-only.ts';

/** The audit log becomes append-only in the database: triggers refuse UPDATE and DELETE of its rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await createAuditLogGuards(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropAuditLogGuards(db);
}
