import FeedbackIcon from '@mui/icons-material/Feedback';
import type { Complaint } from '../../../server/resources/types.ts';
import { ComplaintCreate } from './ComplaintCreate.tsx';
import { ComplaintList } from './ComplaintList.tsx';
import { ComplaintShow } from './ComplaintShow.tsx';

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: FeedbackIcon,
  recordRepresentation: (record: Complaint) => `#${record.id}`,
};
