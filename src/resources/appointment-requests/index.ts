import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./AppointmentRequestList.tsx'), (module) => module.AppointmentRequestList),
  show: lazyView(() => import('./AppointmentRequestShow.tsx'), (module) => module.AppointmentRequestShow),
  icon: EventAvailableIcon,
  recordRepresentation: (record: AppointmentRequest) => `${record.preferredDate} ${record.preferredTime}`,
};
