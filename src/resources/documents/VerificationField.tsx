import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DocumentRecord } from '../../../server/resources/types.ts';

const T = 'resources.documents.verification';

/** Whether a document counts: awaiting verification (a center's own upload), or when and by whom it was verified. */
export const VerificationField = ({ document }: { document: DocumentRecord }) => {
  const translate = useTranslate();
  if (document.awaitingVerification) return <Chip size="small" color="warning" label={translate(`${T}.awaiting`)} />;
  if (!document.verifiedAt) return <>{translate(`${T}.none`)}</>;
  return <>{translate(`${T}.by`, { date: new Date(document.verifiedAt).toLocaleString(), name: document.verifiedBy ?? '' })}</>;
};
