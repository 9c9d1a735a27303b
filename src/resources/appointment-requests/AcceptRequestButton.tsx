import { useState } from 'react';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider, type Booking } from '../../providers/dataProvider.ts';
import { AcceptRequestDialog } from './AcceptRequestDialog.tsx';

/** **Accept** a request: a dialog to book it (day, time, vehicle, notes), then the work order is created. */
export const AcceptRequestButton = ({ request }: { request: AppointmentRequest }) => {
  const dataProvider = useAppDataProvider();
  const [open, setOpen] = useState(false);
  const command = useCommandMutation<AppointmentRequest, Booking>({
    mutationFn: async (booking) => (await dataProvider.acceptAppointmentRequest(request.id, booking)).data,
    successMessage: 'resources.appointment-requests.accept.done',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <ActionButton
        resource="appointment-requests"
        action="accept"
        record={request}
        label="resources.appointment-requests.accept.button"
        icon={<EventAvailableIcon />}
        size="small"
        testId="accept-request"
        busy={command.isPending}
        onClick={() => setOpen(true)}
      />
      {open && <AcceptRequestDialog request={request} busy={command.isPending} onAccept={(booking) => command.mutate(booking)} onClose={() => setOpen(false)} />}
    </>
  );
};
