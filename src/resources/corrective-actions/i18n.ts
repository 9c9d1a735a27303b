export const correctiveActionMessages = {
  name: 'Corrective action |||| Corrective actions',
  fields: {
    findingId: 'Finding',
    auditId: 'Audit',
    serviceCenterId: 'Service center',
    severity: 'Severity',
    description: 'What must be done',
    owner: 'Owner',
    dueDate: 'Due',
    evidence: 'Evidence',
    status: 'Status',
    closedAt: 'Closed',
  },
  filters: {
    due: 'Due',
    overdue: 'Overdue',
    dueToday: 'Due today',
  },
  rule: 'Evidence is required to close a critical or major corrective action (status Done or Verified).',
  helpers: {
    evidence: 'What shows it was done: a photo reference, a document number, the reviewer\'s note',
  },
  errors: {
    evidenceRequired: 'Evidence is required to close a critical or major corrective action',
  },
  empty: 'No corrective actions match',
};
