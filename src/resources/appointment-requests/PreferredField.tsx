import { useRecordContext, useTranslate } from 'react-admin';
import type { AppointmentRequest } from '../../../server/resources/types.ts';

/** The day and time the customer asked for, as the center's wall clock reads them. */
export const PreferredField = (_props: { label?: string }) => {
  const request = useRecordContext<AppointmentRequest>();
  const translate = useTranslate();
  if (!request) return null;
  return <span>{translate('resources.appointment-requests.preferred', { date: request.preferredDate, time: request.preferredTime })}</span>;
};
