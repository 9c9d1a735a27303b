import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { AcceptRequestButton } from './AcceptRequestButton.tsx';
import { DeclineRequestButton } from './DeclineRequestButton.tsx';

/**
 * Accept and Decline for the request in context, while it awaits an answer (to those who may answer
 * it). In a table row, a click on them does not open the row.
 */
export const RequestAnswerButtons = (_props: { label?: string }) => {
  const request = useRecordContext<AppointmentRequest>();
  if (request?.status !== 'requested') return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} onClick={(event) => event.stopPropagation()}>
      <AcceptRequestButton request={request} />
      <DeclineRequestButton request={request} />
    </Box>
  );
};
