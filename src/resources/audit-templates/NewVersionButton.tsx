import FileCopyIcon from '@mui/icons-material/FileCopy';
import { useRecordContext, useRedirect } from 'react-admin';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import type { AuditTemplateRecord } from '../audits/types.ts';

/** "New version": a draft copy of this published checklist, opened for editing. */
export const NewVersionButton = () => {
  const record = useRecordContext<AuditTemplateRecord>();
  const dataProvider = useAppDataProvider();
  const redirect = useRedirect();
  if (!record) return null;
  return (
    <CommandButton
      resource="audit-templates"
      action="new-version"
      record={record}
      label="resources.audit-templates.newVersion.button"
      icon={<FileCopyIcon />}
      variant="text"
      testId="new-version"
      run={async () => (await dataProvider.newTemplateVersion(record.id, record.version)).data}
      successMessage="resources.audit-templates.newVersion.done"
      onSuccess={(draft) => redirect('edit', 'audit-templates', draft.id)}
    />
  );
};
