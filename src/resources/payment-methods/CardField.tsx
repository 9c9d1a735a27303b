import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { cardName } from './cardName.ts';

/** The card of a payment (its brand and last four, kept on the payment) or of a saved card. */
export const CardField = ({ brand, last4 }: { brand: string; last4: string; label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      {cardName(record[brand], record[last4])}
    </Typography>
  );
};
