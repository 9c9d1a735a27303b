import type { Kysely } from 'kysely';
import { TEMPLATES, templateFingerprint } from '../../audits/index.ts';

/**
 * Inserts the shipped templates (audits/TEMPLATES) that are not stored yet, published: the
 * checklists a release brings. Versions administrators make are rows of the same table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function insertShippedTemplates(db: Kysely<any>, now = new Date().toISOString()) {
  for (const template of TEMPLATES) {
    const existing = await db
      .selectFrom('auditTemplates')
      .select('id')
      .where('key', '=', template.key)
      .where('version', '=', template.version)
      .executeTakeFirst();
    if (existing) continue;
    await db
      .insertInto('auditTemplates')
      .values({
        createdAt: now,
        updatedAt: now,
        key: template.key,
        version: template.version,
        kind: template.kind,
        title: template.title,
        definition: JSON.stringify(template),
        fingerprint: templateFingerprint(template),
        status: 'published',
        publishedAt: now,
      })
      .execute();
  }
}
