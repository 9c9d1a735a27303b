import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Jurisdiction } from '../../../server/resources/types.ts';

/** The state's reporting rules as a table, example rows marked "to confirm"; its holidays as a line. */
export const ReportingRulesField = (_props: { label?: string }) => {
  const record = useRecordContext<Jurisdiction>();
  const translate = useTranslate();
  if (!record) return null;
  const rules = record.reportingRules ?? [];
  const holidays = record.holidays ?? [];
  return (
    <>
      {rules.length ? (
        <Table size="small" sx={{ maxWidth: 900 }} data-testid="reporting-rules">
          <TableHead>
            <TableRow>
              {['event', 'deadline', 'recipient', 'example'].map((column) => (
                <TableCell key={column}>{translate(`resources.jurisdictions.reportingRule.${column}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rules.map((rule) => (
              <TableRow key={rule.event}>
                <TableCell>{translate(`choices.reportingEvent.${rule.event}`)}</TableCell>
                <TableCell>{`${rule.amount} ${translate(`choices.deadlineUnit.${rule.unit}`)}`}</TableCell>
                <TableCell>
                  {rule.recipient}
                  {rule.fromOccurrence ? ` — ${translate('resources.jurisdictions.reportingRule.fromNth', { n: rule.fromOccurrence })}` : ''}
                </TableCell>
                <TableCell>{rule.example && <Chip size="small" color="warning" label={translate('resources.jurisdictions.reportingRule.toConfirm')} />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2">{translate('resources.jurisdictions.reportingRule.none')}</Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate('resources.jurisdictions.reportingRule.holidays', { smart_count: holidays.length, days: holidays.map((h) => h.day).join(', ') || '—' })}
      </Typography>
    </>
  );
};
