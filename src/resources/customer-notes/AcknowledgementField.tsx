import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomerNote } from '../../../server/resources/types.ts';

/** Whether the note was read: "Not read yet", or when and by whom it was acknowledged. */
export const AcknowledgementField = (_props: { label?: string }) => {
  const note = useRecordContext<CustomerNote>();
  const translate = useTranslate();
  if (!note) return null;
  if (!note.acknowledgedAt) return <Chip size="small" color="warning" label={translate('resources.customer-notes.acknowledgement.awaiting')} />;
  return <span>{translate('resources.customer-notes.acknowledgement.by', { date: new Date(note.acknowledgedAt).toLocaleString(), name: note.acknowledgedBy ?? '—' })}</span>;
};
