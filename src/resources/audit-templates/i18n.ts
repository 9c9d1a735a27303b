export const auditTemplateMessages = {
  name: 'Audit checklist |||| Audit checklists',
  fields: {
    title: 'Title',
    key: 'Key',
    version: 'Version',
    kind: 'Kind',
    fingerprint: 'Fingerprint',
    description: 'Description',
    sections: 'Sections and items',
    definition: 'Checklist',
  },
  items: {
    text: 'Item',
    kind: 'Answer',
    criterion: 'Passes when',
    weight: 'Weight',
    ifFailed: 'Corrective action if it fails',
  },
  kinds: {
    yesNo: 'Yes / no',
    measurement: 'Measured value',
    count: 'Count',
    choice: 'Choice',
  },
  empty: 'No checklists',
};
