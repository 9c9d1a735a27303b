import { sql, type Kysely } from 'kysely';
import { addColumns, fk } from './builders.ts';

const ANSWER = ['response', 'respondedAt', 'respondedById', 'respondedBy', 'reviewComment', 'reviewedAt', 'reviewedBy'];
const VERIFICATION = ['awaitingVerification', 'verifiedAt', 'verifiedById', 'verifiedBy', 'expiresOn'];

/**
 * A corrective action holds the center's answer and compliance's review of it; a document holds
 * who verified it (a center's renewed binder or W-9 counts once verified) and a binder's expiry.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'correctiveActions', {
    response: ['text'],
    respondedAt: ['text'],
    respondedById: ['integer', fk('users')],
    respondedBy: ['text'],
    reviewComment: ['text'],
    reviewedAt: ['text'],
    reviewedBy: ['text'],
  });
  await addColumns(db, 'documents', { awaitingVerification: ['integer'], verifiedAt: ['text'], verifiedById: ['integer', fk('users')], verifiedBy: ['text'], expiresOn: ['text'] });
  // Uploads before this migration were made by onboarding or administrators: effective at once.
  await db.updateTable('documents').set({ awaitingVerification: 0, verifiedAt: sql.ref('createdAt') }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ANSWER) await db.schema.alterTable('correctiveActions').dropColumn(column).execute();
  for (const column of VERIFICATION) await db.schema.alterTable('documents').dropColumn(column).execute();
}
