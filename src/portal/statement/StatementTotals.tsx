import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StatementTotals as Totals } from '../../../server/rules/portal/statement-totals.ts';
import { usd } from '../../numbers.ts';

const T = 'resources.statement.totals';

/** What the provider owes, what customers paid, and all of it. */
export const StatementTotals = ({ totals }: { totals: Totals }) => {
  const translate = useTranslate();
  const line = (key: 'provider' | 'customer' | 'total') => (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {translate(`${T}.${key}`)}
      </Typography>
      <Typography component="dd" variant="body1" sx={{ m: 0, textAlign: 'right', fontWeight: key === 'total' ? 'bold' : undefined }}>
        {usd(totals[key])}
      </Typography>
    </>
  );
  return (
    <Card component="section" variant="outlined" aria-label={translate(`${T}.title`)}>
      <CardContent>
        <Typography variant="subtitle1" component="h2">
          {translate(`${T}.title`)} · {translate(`${T}.services`, { smart_count: totals.services })}
        </Typography>
        <Typography component="dl" sx={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 0.5, m: 0, mt: 1 }}>
          {line('provider')}
          {line('customer')}
          {line('total')}
        </Typography>
      </CardContent>
    </Card>
  );
};
