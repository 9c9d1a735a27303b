import { Alert, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { RequestForm } from './RequestForm.tsx';
import { RequestList } from './RequestList.tsx';
import { UpcomingAppointments } from './UpcomingAppointments.tsx';
import { useLiveCenters } from './useLiveCenters.ts';

/** The customer's appointments: those coming up, their requests and the answers, and the form to request one. */
export const AppointmentsPage = () => {
  const translate = useTranslate();
  const { data: centers, isPending, error } = useLiveCenters();
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 }, maxWidth: 720, mx: 'auto' }}>
      {error && <Alert severity="error">{error.message}</Alert>}
      {isPending ? (
        <Typography color="text.secondary">{translate('client.appointments.form.waiting')}</Typography>
      ) : (
        <>
          <UpcomingAppointments centers={centers ?? []} />
          <RequestList centers={centers ?? []} />
          <RequestForm centers={centers ?? []} />
        </>
      )}
    </Stack>
  );
};
