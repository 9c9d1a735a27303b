import { documentMessages } from '../documents/i18n.ts';

const { kind, fileName, contentType, size, sha256, uploadedBy, notes, createdAt, updatedAt } = documentMessages.fields;

/** A customer's documents are labelled as a center's are, but for their customer. */
export const customerDocumentMessages = {
  name: 'Customer document |||| Customer documents',
  fields: { customerId: 'Customer', kind, fileName, contentType, size, sha256, uploadedBy, notes, createdAt, updatedAt },
};
