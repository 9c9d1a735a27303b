import { Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { durationMinutes, needsAuthorization, overWalkInTarget } from '../../../server/rules/work-orders/rules.ts';

/**
 * Who authorised the work (or that it waits for compliance, or needs no authorisation) and a slow
 * walk-in; `label` is read by the show page's grid.
 */
export const WorkOrderAuthorization = (_props: { label?: string }) => {
  const record = useRecordContext<WorkOrder>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const authorised = record.authorizedAt
    ? translate('resources.work-orders.print.authorizedBy', { name: record.authorizedBy ?? '—', at: new Date(record.authorizedAt).toLocaleString(locale) })
    : needsAuthorization(record.type)
      ? translate('resources.work-orders.authorize.waiting')
      : translate('resources.work-orders.authorize.none');
  const minutes = durationMinutes(record.startedAt ?? null, record.completedAt ?? null);
  return (
    <>
      <Typography variant="body2" data-testid="work-order-authorization" color={!record.authorizedAt && needsAuthorization(record.type) ? 'warning.main' : 'text.primary'}>
        {authorised}
      </Typography>
      {minutes !== null && overWalkInTarget(record.type, record.startedAt ?? null, record.completedAt ?? null) && (
        <Typography variant="body2" color="warning.main">
          {translate('resources.work-orders.complete.overTarget', { minutes: minutes.toFixed(1) })}
        </Typography>
      )}
    </>
  );
};
