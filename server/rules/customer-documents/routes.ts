import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { userOf } from '../../auth/request-user.ts';
import { decide } from '../../auth/policy.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import { findRecord } from '../../rest/logged-write.ts';
import { notFound } from '../../rest/errors.ts';
import { idParams, type App } from '../../rest/schemas.ts';
import { CUSTOMER_DOCUMENT_KINDS } from '../../resources/choices.ts';
import { customers } from '../../resources/customers.ts';
import { customerDocuments } from '../../resources/customer-documents.ts';
import { inputSchema } from '../../resources/fields.ts';
import { UPLOAD_BODY_LIMIT, checkFile, fileFields, sendFile } from '../onboarding/upload.ts';
import { storeCustomerDocument } from './store.ts';

/** The upload's body: the kind, the file (as a center's documents: PDF, PNG or JPEG up to 5 MB) and a note. */
const customerUploadBody = z.strictObject({
  kind: z.enum(CUSTOMER_DOCUMENT_KINDS, { error: `One of: ${CUSTOMER_DOCUMENT_KINDS.join(', ')}` }),
  ...fileFields,
  notes: inputSchema(customerDocuments.fields.notes),
});

/**
 * POST /api/customers/:id/documents: a document of the customer's program, uploaded by the customer
 * (their own only: another's is a 404) or by compliance (customers' `upload-document`);
 * GET /api/customer-documents/:id/file: its bytes, for whoever reads the record.
 */
export function registerCustomerDocumentRoutes(app: App, db: Db) {
  app.post('/api/customers/:id/documents', { bodyLimit: UPLOAD_BODY_LIMIT, schema: { params: idParams, body: customerUploadBody } }, async (request, reply) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'upload-document', customers.name));
    const file = checkFile(request.body);
    const { kind, notes } = request.body;
    const record = await db.transaction().execute(async (trx) => {
      const customer = await findAuthorized(trx, user, 'upload-document', customers, request.params.id);
      return storeCustomerDocument({ trx, user }, customer.id as number, file, { kind, notes: (notes as string | null | undefined) ?? null });
    });
    return reply.status(201).send(record);
  });

  app.get('/api/customer-documents/:id/file', { schema: { params: idParams } }, async (request, reply) => {
    const user = userOf(request);
    assertAllowed(decide(user, 'read', customerDocuments.name));
    const { id } = request.params;
    const document = await findRecord(db, customerDocuments, id, user);
    const file = await db.selectFrom('customerDocumentFiles').select('data').where('customerDocumentId', '=', id).executeTakeFirst();
    if (!file) throw notFound(`The file of customer document ${id} is missing`);
    return sendFile(reply, { fileName: String(document.fileName), contentType: String(document.contentType), data: file.data });
  });
}
