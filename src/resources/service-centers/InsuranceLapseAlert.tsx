import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { insuranceLapsedOn } from '../../../server/rules/work-orders/rules.ts';
import { today } from '../../dates.ts';

/** A warning on a center whose insurance binder has expired: the server refuses it new work orders. */
export const InsuranceLapseAlert = (_props: { label?: false }) => {
  const record = useRecordContext<ServiceCenter>();
  const translate = useTranslate();
  const lapsedOn = insuranceLapsedOn(record?.insuranceExpiresOn, today());
  if (!lapsedOn) return null;
  return (
    <Alert severity="error" data-testid="insurance-lapse">
      {translate('resources.service-centers.insuranceLapse', { date: lapsedOn })}
    </Alert>
  );
};
