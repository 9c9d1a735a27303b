import { Button } from '@mui/material';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ServiceCenter } from '../../../server/resources/types.ts';

/** On a center's page, for who may read its statement (administrators, compliance): opens it. */
export const StatementButton = (_props: { label?: false }) => {
  const record = useRecordContext<ServiceCenter>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'service-centers', action: 'read-statement', record });
  if (!record || !canAccess) return null;
  return (
    <Button variant="outlined" startIcon={<ReceiptLongIcon />} component={Link} to={`/statement?center=${record.id}`} sx={{ alignSelf: 'flex-start', mb: 2 }}>
      {translate('resources.statement.button')}
    </Button>
  );
};
