import type { Kysely } from 'kysely';
import { fk, index, req, table } from './builders.ts';

/**
 * The client portal's complaints (about a center or a visit; they feed the center's rating) and the
 * documents a customer's program asks for, their bytes apart from the metadata as for centers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await table(db, 'complaints', {
    customerId: ['integer', fk('customers', true)],
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    workOrderId: ['integer', fk('workOrders')],
    category: ['text', req],
    body: ['text', req],
    status: ['text', req],
    resolution: ['text'],
    resolvedAt: ['text'],
    resolvedById: ['integer', fk('users')],
    resolvedBy: ['text'],
  });
  // the rating counts a center's complaints by the day they came in; the queue lists open ones first
  await index(db, 'complaints', ['serviceCenterId', 'createdAt']);
  await index(db, 'complaints', ['customerId', 'createdAt']);
  await index(db, 'complaints', ['status', 'createdAt']);
  await index(db, 'complaints', ['workOrderId']);

  await table(db, 'customerDocuments', {
    customerId: ['integer', fk('customers', true)],
    kind: ['text', req],
    fileName: ['text', req],
    contentType: ['text', req],
    size: ['integer', req],
    sha256: ['text', req],
    uploadedBy: ['text'],
    notes: ['text'],
  });
  await index(db, 'customerDocuments', ['customerId', 'createdAt']);
  await index(db, 'customerDocuments', ['kind', 'createdAt']);
  await table(db, 'customerDocumentFiles', { customerDocumentId: ['integer', fk('customerDocuments', true)], data: ['text', req] });
  await index(db, 'customerDocumentFiles', ['customerDocumentId'], true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('customerDocumentFiles').execute();
  await db.schema.dropTable('customerDocuments').execute();
  await db.schema.dropTable('complaints').execute();
}
