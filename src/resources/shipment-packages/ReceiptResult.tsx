import { Alert, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Receipt } from '../../../server/rules/shipments/receive.ts';

const T = 'resources.shipment-packages.receive';

const Serials = ({ title, serials, testId }: { title: string; serials: string[]; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }} data-testid={testId}>
      <Typography variant="subtitle2" component="h3">
        {translate(`${T}.${title}`)}
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {serials.length ? serials.join(', ') : translate(`${T}.none`)}
      </Typography>
    </Box>
  );
};

/** What a receipt found: the serials received into stock, those missing, those not on the packing list. */
export const ReceiptResult = ({ receipt }: { receipt: Receipt }) => {
  const translate = useTranslate();
  const { discrepancy } = receipt.package;
  return (
    <>
      <Alert severity={discrepancy ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {discrepancy ? translate(`${T}.discrepancy`, { discrepancy }) : translate(`${T}.allRight`)}
      </Alert>
      <Serials title="received" serials={receipt.received} testId="received" />
      {receipt.missing.length > 0 && <Serials title="missing" serials={receipt.missing} testId="missing" />}
      {receipt.unexpected.length > 0 && <Serials title="unexpected" serials={receipt.unexpected} testId="unexpected" />}
    </>
  );
};
