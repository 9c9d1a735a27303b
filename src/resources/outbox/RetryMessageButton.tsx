import { useState } from 'react';
import { Box, Button, TextField, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { Confirm, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { hasNoAddress, RETRY_ROLES, retryRefusal } from '../../../server/rules/outbox/rules.ts';
import { useCommand } from '../../components/useCommand.ts';

/**
 * "Retry" on a failed message (admin and compliance): back in the queue, to a corrected address
 * when none was on file. Disabled with the reason otherwise (the server decides again).
 */
export const RetryMessageButton = () => {
  const record = useRecordContext<OutboxMessage>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const { busy, run } = useCommand();
  const [open, setOpen] = useState(false);
  const [recipient, setRecipient] = useState('');
  if (!record) return null;
  const needsAddress = hasNoAddress(record.recipient);
  const reason =
    identity && !RETRY_ROLES.includes(String(identity.role))
      ? translate('resources.outbox.retry.notAllowed')
      : retryRefusal({ status: record.status, recipient: record.recipient }, recipient.trim() || undefined);

  const retry = async () => {
    await run(`outbox/${String(record.id)}/retry`, 'resources.outbox.retry.done', needsAddress ? { recipient: recipient.trim() } : {});
    setOpen(false);
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      {needsAddress && record.status === 'failed' && (
        <TextField
          size="small"
          type="email"
          label={translate('resources.outbox.retry.recipient')}
          helperText={translate('resources.outbox.retry.recipientHelp')}
          value={recipient}
          onChange={(event) => setRecipient(event.target.value)}
        />
      )}
      <Button variant="contained" startIcon={<ReplayIcon />} disabled={reason !== null || busy} onClick={() => setOpen(true)}>
        {translate('resources.outbox.retry.button')}
      </Button>
      {reason && (
        <Typography variant="body2" color="text.secondary" data-testid="retry-reason">
          {reason}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.outbox.retry.confirmTitle"
        content="resources.outbox.retry.confirmContent"
        onConfirm={retry}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};
