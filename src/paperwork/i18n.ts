/** The center's paperwork page (resources.paperwork.*). */
export const paperworkMessages = {
  menu: 'Paperwork',
  title: 'Paperwork',
  status: {
    title: 'On file',
    binder: {
      missing: 'No insurance binder on file: upload it below.',
      lapsed: 'Your insurance binder lapsed on %{date}: no new work orders until a renewed binder is verified.',
      expiring:
        'Your insurance binder expires on %{date} (in %{smart_count} day): upload the renewed binder. |||| Your insurance binder expires on %{date} (in %{smart_count} days): upload the renewed binder.',
      current: 'Insurance binder valid until %{date}.',
    },
    w9: 'W-9 received on %{date}.',
    noW9: 'No W-9 on file.',
  },
  upload: {
    title: 'Upload a renewed binder or a W-9',
    help: 'It counts once onboarding or compliance has verified it.',
    kind: 'Document',
    expiresOn: 'New expiry date',
    choose: 'Choose a file',
    send: 'Upload',
    sent: 'Uploaded: awaiting verification',
    expiryRequired: 'Give the renewed binder’s expiry date',
    expiryPast: 'The expiry date must be after today',
  },
  pending: {
    title: 'Awaiting verification',
    empty: 'Nothing awaiting verification.',
    line: 'Uploaded %{date}',
    lineWithExpiry: 'Uploaded %{date}, expires %{expiresOn}',
  },
  staff: {
    title: 'Installers and paperwork handlers',
    empty: 'No installers or paperwork handlers yet.',
    add: 'Add installer',
    addTitle: 'Add an installer or paperwork handler',
    added: 'Added: background check and training pending',
    training: 'Training: %{status}',
    certification: 'Certification: %{status}',
    backgroundCheck: 'Background check: %{status}',
  },
};
