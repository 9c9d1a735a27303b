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
    dueDateReason: 'Why the due date moves',
    evidence: 'Evidence',
    status: 'Status',
    closedAt: 'Closed',
  },
  filters: {
    due: 'Due',
    overdue: 'Overdue',
    dueToday: 'Due today',
  },
  rule: 'An evidence file is required to close a critical or major corrective action (status Done or Verified): attach it below.',
  helpers: {
    dueDateReason: 'Required to move the due date (compliance only; not earlier than today)',
    evidence: 'What shows it was done: a photo reference, a document number, the reviewer\'s note',
  },
  errors: {
    dueDateReasonRequired: 'Give the reason for moving the due date',
    evidenceRequired: 'Attach an evidence file before closing a critical or major corrective action',
  },
  empty: 'No corrective actions match',
  files: {
    title: 'Evidence files',
    none: 'No evidence file attached yet',
    choose: 'Choose a file',
    attach: 'Attach',
    attached: 'Evidence attached',
  },
};
