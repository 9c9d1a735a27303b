import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { Confirm, useDataProvider, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useQueryClient } from '@tanstack/react-query';
import type { AuditEvaluation } from '../../../audits/index.ts';
import type { AuditRecord } from './types.ts';

type SubmittingProvider = { submitAudit?: (id: AuditRecord['id']) => Promise<{ data: AuditRecord }> };

const reasonOf = (error: unknown) => {
  const body = (error as { body?: { message?: string; errors?: { answers?: unknown } } } | null)?.body;
  const answers = body?.errors?.answers;
  const list = Array.isArray(answers) ? answers.join(', ') : typeof answers === 'string' ? answers : '';
  return [body?.message ?? (error as Error | null)?.message, list].filter(Boolean).join(': ');
};

/**
 * "Submit audit": disabled, with the reason, while items are unanswered; after a confirmation it
 * saves the answers, submits (the server scores it for good) and opens the audit.
 */
export const SubmitAuditButton = ({ evaluation }: { evaluation: AuditEvaluation | null }) => {
  const translate = useTranslate();
  const record = useRecordContext<AuditRecord>();
  const form = useFormContext();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & SubmittingProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const missing = evaluation ? evaluation.missing.length : null;
  const reason =
    evaluation == null
      ? translate('resources.audits.live.invalidTemplate')
      : missing
        ? translate('resources.audits.submit.unanswered', { smart_count: missing })
        : null;

  const submit = async () => {
    setBusy(true);
    try {
      // The server scores what it has stored: save the answers on screen first.
      const { data } = await dataProvider.update<AuditRecord>('audits', { id: record.id, data: form.getValues(), previousData: record });
      form.reset(data);
      if (!dataProvider.submitAudit) throw new Error('submitAudit is missing from the data provider');
      await dataProvider.submitAudit(record.id);
      await queryClient.invalidateQueries({ queryKey: ['audits'] });
      notify('resources.audits.submit.done', { type: 'success' });
      redirect('show', 'audits', record.id);
    } catch (error) {
      notify(reasonOf(error) || 'ra.notification.http_error', { type: 'error', messageArgs: { _: reasonOf(error) } });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Button variant="contained" color="secondary" startIcon={<SendIcon />} disabled={reason != null || busy} onClick={() => setOpen(true)}>
        {translate('resources.audits.submit.button')}
      </Button>
      {reason && (
        <Typography variant="body2" color="text.secondary" data-testid="submit-reason">
          {reason}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.audits.submit.confirmTitle"
        content="resources.audits.submit.confirmContent"
        onConfirm={submit}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};
