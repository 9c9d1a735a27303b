import SendIcon from '@mui/icons-material/Send';
import { useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { AuditEvaluation } from '../../../audits/index.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import type { AuditRecord } from './types.ts';

/**
 * "Submit audit", after a confirmation: saves the answers on screen, submits (the server scores it
 * for good) and opens the audit. Disabled with the reason while items are unanswered, or with the
 * server's when it may not be submitted.
 */
export const SubmitAuditButton = ({ evaluation }: { evaluation: AuditEvaluation | null }) => {
  const translate = useTranslate();
  const record = useRecordContext<AuditRecord>();
  const form = useFormContext();
  const dataProvider = useAppDataProvider();
  const redirect = useRedirect();
  if (!record) return null;
  const missing = evaluation?.missing.length;
  const reason =
    evaluation == null ? translate('resources.audits.live.invalidTemplate') : missing ? translate('resources.audits.submit.unanswered', { smart_count: missing }) : null;

  const submit = async () => {
    // The server scores what it has stored: save the answers on screen first.
    const { data } = await dataProvider.update<AuditRecord>('audits', { id: record.id, data: form.getValues(), previousData: record });
    form.reset(data);
    return dataProvider.submitAudit(record.id);
  };

  return (
    <CommandButton
      resource="audits"
      action="submit"
      record={record}
      label="resources.audits.submit.button"
      icon={<SendIcon />}
      color="secondary"
      testId="submit"
      reason={reason}
      run={submit}
      successMessage="resources.audits.submit.done"
      onSuccess={() => redirect('show', 'audits', record.id)}
      confirm={{ title: 'resources.audits.submit.confirmTitle', content: 'resources.audits.submit.confirmContent' }}
    />
  );
};
