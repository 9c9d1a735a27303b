import { defineResource } from './define.ts';
import { choice, ref, text, type RecordOf } from './fields.ts';
import { storedFileFields } from './stored-file.ts';
import { CUSTOMER_DOCUMENT_KINDS } from './choices.ts';
import { customers } from './customers.ts';

/**
 * A document a customer's program asks for (court order, proof of insurance, repair receipt),
 * uploaded by the customer in the portal or by compliance (the customers' upload-document command);
 * the file's bytes are kept apart (customerDocumentFiles).
 */
export const customerDocuments = defineResource({
  name: 'customer-documents',
  table: 'customerDocuments',
  fields: {
    customerId: ref(() => customers).required().serverOwned(),
    kind: choice(CUSTOMER_DOCUMENT_KINDS).required(),
    ...storedFileFields(),
    notes: text(500),
  },
  search: ['fileName', 'notes'],
  createdByServer: true,
  check: async (trx, action, before) => {
    // The file goes with its record (inside the delete's transaction, before the record).
    if (action === 'delete' && before) await trx.deleteFrom('customerDocumentFiles').where('customerDocumentId', '=', before.id as number).execute();
  },
});

export type CustomerDocument = RecordOf<typeof customerDocuments.fields>;
