import { useState } from 'react';
import { Box, TextField } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useRecordContext, useTranslate } from 'react-admin';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { hasNoAddress, retryRefusal } from '../../../server/rules/outbox/rules.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/**
 * "Retry" on a failed message, after a confirmation: back in the queue, to a corrected address
 * when none was on file (asked for here). Disabled with the server's reason otherwise.
 */
export const RetryMessageButton = () => {
  const record = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [recipient, setRecipient] = useState('');
  if (!record) return null;
  const needsAddress = hasNoAddress(record.recipient) && record.status === 'failed';
  const given = recipient.trim() || undefined;
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
      {needsAddress && (
        <TextField
          size="small"
          type="email"
          label={translate('resources.outbox.retry.recipient')}
          helperText={translate('resources.outbox.retry.recipientHelp')}
          value={recipient}
          onChange={(event) => setRecipient(event.target.value)}
        />
      )}
      <CommandButton
        resource="outbox"
        action="retry"
        record={record}
        label="resources.outbox.retry.button"
        icon={<ReplayIcon />}
        testId="retry"
        reason={retryRefusal({ status: record.status, recipient: record.recipient }, given)}
        run={() => dataProvider.retryMessage(record.id, { recipient: needsAddress ? given : undefined })}
        successMessage="resources.outbox.retry.done"
        confirm={{ title: 'resources.outbox.retry.confirmTitle', content: 'resources.outbox.retry.confirmContent' }}
      />
    </Box>
  );
};
