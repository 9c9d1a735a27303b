import { useState } from 'react';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useTranslate } from 'ra-core';
import type { IssuedUnlockCode } from '../../providers/dataProvider.ts';
import { useFormat } from '../format.ts';

/** The code, this once: large and copyable, with until when it works and the fee it cost. */
export const IssuedCode = ({ issued }: { issued: IssuedUnlockCode }) => {
  const translate = useTranslate();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const copy = () => navigator.clipboard.writeText(issued.code).then(() => setCopied(true));
  const fee = issued.unlockCode.fee;
  return (
    <Card variant="outlined" sx={{ borderColor: 'success.main', borderWidth: 2 }} component="section" aria-labelledby="unlock-code-title">
      <CardContent>
        <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <Typography variant="h2" id="unlock-code-title">
            {translate('client.unlock.code')}
          </Typography>
          <Typography
            data-testid="unlock-code"
            aria-live="polite"
            sx={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: { xs: '2.5rem', sm: '3rem' }, fontWeight: 700, letterSpacing: '0.12em', userSelect: 'all', lineHeight: 1.1 }}
          >
            {issued.code}
          </Typography>
          <Typography>{translate('client.unlock.validUntil', { date: format.moment(issued.expiresAt) })}</Typography>
          <Typography>{fee ? translate('client.unlock.feeCharged', { fee: format.money(fee) }) : translate('client.unlock.noFee')}</Typography>
          <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
            {translate(copied ? 'client.unlock.copied' : 'client.unlock.copy')}
          </Button>
          <Alert severity="info">{translate('client.unlock.shownOnce')}</Alert>
        </Stack>
      </CardContent>
    </Card>
  );
};
