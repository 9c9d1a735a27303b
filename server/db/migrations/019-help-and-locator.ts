import type { Kysely } from 'kysely';
import { addColumns, index, req, table } from './builders.ts';
import { centerPositionColumns } from '../../rules/locator/zip-positions.ts';

/**
 * The client portal's help articles (FAQs, training videos, guides; per language), and where each
 * service center is (from its postal code) for the locator; existing centers are placed here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await table(db, 'helpArticles', {
    title: ['text', req],
    body: ['text', req],
    category: ['text', req],
    videoUrl: ['text'],
    language: ['text', req],
    sortOrder: ['integer', req],
    published: ['integer', req],
  });
  await index(db, 'helpArticles', ['language', 'category', 'sortOrder']);
  await addColumns(db, 'serviceCenters', { latitude: ['double precision'], longitude: ['double precision'] });
  const centers: { id: number; postalCode: string }[] = await db.selectFrom('serviceCenters').select(['id', 'postalCode']).execute();
  for (const center of centers) {
    const position = centerPositionColumns(center.postalCode);
    if (position.latitude !== null) await db.updateTable('serviceCenters').set(position).where('id', '=', center.id).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('serviceCenters').dropColumn('longitude').execute();
  await db.schema.alterTable('serviceCenters').dropColumn('latitude').execute();
  await db.schema.dropTable('helpArticles').execute();
}
