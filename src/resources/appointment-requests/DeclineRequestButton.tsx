import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { CommentCommandButton } from '../../components/CommentCommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

const T = 'resources.appointment-requests.decline';

/** **Decline** a request, saying why (required: the customer is e-mailed it). */
export const DeclineRequestButton = ({ request }: { request: AppointmentRequest }) => {
  const dataProvider = useAppDataProvider();
  return (
    <CommentCommandButton
      resource="appointment-requests"
      action="decline"
      record={request}
      label={`${T}.button`}
      title={`${T}.title`}
      commentLabel={`${T}.reason`}
      successMessage={`${T}.done`}
      icon={<EventBusyIcon />}
      testId="decline-request"
      color="warning"
      required
      maxLength={500}
      run={async (reason) => (await dataProvider.declineAppointmentRequest(request.id, { reason: reason ?? '', version: request.version })).data}
    />
  );
};
