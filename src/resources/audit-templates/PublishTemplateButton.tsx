import PublishIcon from '@mui/icons-material/Publish';
import { useRecordContext, useRedirect } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import type { AuditTemplateRecord } from '../audits/types.ts';
import { cleanDefinition } from './definition.ts';

/** The server's field errors of a refused request, if any. */
const fieldErrorsOf = (error: unknown) => (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors ?? {};

/**
 * "Publish", after a confirmation: saves the checklist on screen, publishes it (the server checks
 * it whole) and opens the published version. What the server refuses is shown under the fields.
 */
export const PublishTemplateButton = () => {
  const record = useRecordContext<AuditTemplateRecord>();
  const form = useFormContext();
  const dataProvider = useAppDataProvider();
  const redirect = useRedirect();
  if (!record) return null;

  const publish = async () => {
    try {
      const { data } = await dataProvider.update<AuditTemplateRecord>('audit-templates', { id: record.id, data: { definition: cleanDefinition(form.getValues('definition')) }, previousData: record });
      form.reset(data);
      return await dataProvider.publishTemplate(record.id, record.version);
    } catch (error) {
      for (const [field, message] of Object.entries(fieldErrorsOf(error))) form.setError(field, { type: 'server', message });
      throw error;
    }
  };

  return (
    <CommandButton
      resource="audit-templates"
      action="publish"
      record={record}
      label="resources.audit-templates.publish.button"
      icon={<PublishIcon />}
      color="secondary"
      testId="publish"
      run={publish}
      successMessage="resources.audit-templates.publish.done"
      onSuccess={() => redirect('show', 'audit-templates', record.id)}
      confirm={{ title: 'resources.audit-templates.publish.confirmTitle', content: 'resources.audit-templates.publish.confirmContent', translateOptions: { version: record.version } }}
    />
  );
};
