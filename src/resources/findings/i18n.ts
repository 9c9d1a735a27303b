export const findingMessages = {
  name: 'Finding |||| Findings',
  fields: {
    auditId: 'Audit',
    serviceCenterId: 'Service center',
    itemKey: 'Checklist item',
    requirement: 'Requirement',
    severity: 'Severity',
    title: 'Finding',
    detail: 'Detail',
    escalatedFrom: 'Escalated from',
  },
  correctiveActions: 'Corrective actions',
  empty: 'No findings match',
};
