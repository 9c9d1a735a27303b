export const unlockCodeMessages = {
  name: 'Unlock code |||| Unlock codes',
  fields: {
    deviceId: 'Device',
    customerId: 'Customer',
    jurisdictionId: 'Jurisdiction',
    issuedAt: 'Issued',
    expiresAt: 'Expires',
    issuedById: 'Issued by',
    issuedBy: 'Issued by',
    reason: 'Reason',
    createdAt: 'Created',
  },
  filters: {
    validity: 'Validity',
    valid: 'Still valid',
    expired: 'Expired',
  },
  hint: 'Codes themselves are never stored or shown again: only who issued them, when, why and until when.',
  empty: 'No unlock codes issued',
};
