export const documentMessages = {
  name: 'Document |||| Documents',
  fields: {
    serviceCenterId: 'Service center',
    installerId: 'Staff member',
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
