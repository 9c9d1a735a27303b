import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { AppointmentRequestList } from './AppointmentRequestList.tsx';
import { AppointmentRequestShow } from './AppointmentRequestShow.tsx';

export default {
  list: AppointmentRequestList,
  show: AppointmentRequestShow,
  icon: EventAvailableIcon,
  recordRepresentation: (record: AppointmentRequest) => `${record.preferredDate} ${record.preferredTime}`,
};
