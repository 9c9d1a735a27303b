export const customerDocumentMessages = {
  name: 'Customer document |||| Customer documents',
  fields: {
    customerId: 'Customer',
    kind: 'Document',
    fileName: 'File',
    contentType: 'Type',
    size: 'Size',
    sha256: 'SHA-256',
    uploadedBy: 'Uploaded by',
    notes: 'Notes',
    createdAt: 'Uploaded',
    updatedAt: 'Last changed',
  },
};
