import { Card, CardContent, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { StatementRow } from '../../../server/rules/portal/statement.ts';
import { usd } from '../../numbers.ts';

const T = 'resources.statement';
const orderUrl = (row: StatementRow) => `/work-orders/${row.id}/show`;

/** The completed services: a table on wide screens, stacked cards on a phone; the number opens the work order. */
export const StatementRows = ({ rows, wide }: { rows: StatementRow[]; wide: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const when = (row: StatementRow) => new Date(row.completedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const customer = (row: StatementRow) => row.customerName ?? translate(`${T}.provider`);
  const payer = (row: StatementRow) => translate(`choices.billableTo.${row.billableTo}`);
  const number = (row: StatementRow) => (
    <MuiLink component={Link} to={orderUrl(row)}>
      {row.number}
    </MuiLink>
  );
  if (!wide) {
    return (
      <Stack spacing={1} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {rows.map((row) => (
          <Card key={row.id} component="li" variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 0.5, overflowWrap: 'anywhere' }}>
              <Typography variant="subtitle2" component="h3">
                {number(row)} · {translate(`choices.workOrderType.${row.type}`)}
              </Typography>
              <Typography variant="body2">{when(row)}</Typography>
              <Typography variant="body2">{customer(row)}</Typography>
              <Typography variant="body2">
                {usd(row.price)} · {payer(row)}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['completedAt', 'number', 'service', 'customer', 'billableTo'].map((column) => (
            <TableCell key={column}>{translate(`${T}.columns.${column}`)}</TableCell>
          ))}
          <TableCell align="right">{translate(`${T}.columns.price`)}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{when(row)}</TableCell>
            <TableCell>{number(row)}</TableCell>
            <TableCell>{translate(`choices.workOrderType.${row.type}`)}</TableCell>
            <TableCell>{customer(row)}</TableCell>
            <TableCell>{payer(row)}</TableCell>
            <TableCell align="right">{usd(row.price)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
