import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Jurisdiction } from '../../../server/resources/types.ts';

/** A warning above a jurisdiction whose rules an administrator has not yet confirmed. */
export const UnconfirmedRulesNotice = () => {
  const record = useRecordContext<Jurisdiction>();
  const translate = useTranslate();
  if (!record || record.rulesConfirmed) return null;
  return (
    <Alert severity="warning" sx={{ m: 2, mb: 0 }}>
      {translate('resources.jurisdictions.unconfirmed')}
    </Alert>
  );
};
