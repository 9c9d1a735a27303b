import type { Kysely } from 'kysely';
import { addColumns, index } from './builders.ts';
import { insertShippedTemplates } from '../../audits/shipped-templates.ts';

/**
 * Checklists are edited as data: a template version is a draft (administrators edit it), then
 * published (immutable, what new audits use), then retired by a newer version. The versions stored
 * so far were in use: published, since they were created. The shipped templates are stored here
 * (they were in 003 before a template had a status).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('auditTemplates').addColumn('status', 'text', (c) => c.notNull().defaultTo('published')).execute();
  await addColumns(db, 'auditTemplates', { publishedAt: ['text'], publishedById: ['integer', { references: 'users' }] });
  await db.updateTable('auditTemplates').set((eb) => ({ publishedAt: eb.ref('createdAt') })).execute();
  await index(db, 'auditTemplates', ['kind', 'status']);
  await insertShippedTemplates(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('auditTemplates_kind_status').execute();
  for (const column of ['publishedById', 'publishedAt', 'status']) await db.schema.alterTable('auditTemplates').dropColumn(column).execute();
}
