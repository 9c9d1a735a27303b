export const auditLogMessages = {
  name: 'Audit-log entry |||| Audit log',
  fields: {
    at: 'When',
    userId: 'User',
    action: 'Action',
    resource: 'Record type',
    recordId: 'Record ID',
    summary: 'Summary',
    diff: 'Changes',
  },
  /** Labels of what the log records that is not one of the SPA's resources. */
  otherResources: {
    sessions: 'Session',
  },
  empty: 'No entries match',
};
