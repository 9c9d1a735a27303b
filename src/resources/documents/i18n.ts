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
    expiresOn: 'Expires',
    verifiedAt: 'Verified',
    verifiedBy: 'Verified by',
  },
  filters: {
    verification: 'Verification',
    awaiting: 'Awaiting verification',
  },
  verification: {
    awaiting: 'Awaiting verification',
    by: '%{date} by %{name}',
    none: '—',
  },
  verify: {
    button: 'Verify',
    title: 'Verify this document?',
    content: 'From now on "%{file}" counts: a renewed binder sets the center’s insurance dates, a W-9 its W-9 date.',
    done: 'Document verified',
  },
};
