import type { Kysely } from 'kysely';
import { addColumns, fk, index, req, table } from './builders.ts';

/**
 * Customers say how they want to hear about each topic and in which language; a login's e-mail is
 * confirmed by a link (a new customer account, or a changed address): only the link's SHA-256
 * is kept, with what it confirms, until when, and when it was used.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'customers', { contactPreferences: ['text'], language: ['text'] });
  await db.updateTable('customers').set({ language: 'en' }).execute();
  await table(db, 'emailVerifications', {
    userId: ['integer', fk('users', true)],
    purpose: ['text', req],
    newEmail: ['text', req],
    tokenHash: ['text', req],
    expiresAt: ['text', req],
    usedAt: ['text'],
  });
  await index(db, 'emailVerifications', ['tokenHash'], true);
  await index(db, 'emailVerifications', ['userId']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('emailVerifications').execute();
  await db.schema.alterTable('customers').dropColumn('language').execute();
  await db.schema.alterTable('customers').dropColumn('contactPreferences').execute();
}
