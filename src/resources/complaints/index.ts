import FeedbackIcon from '@mui/icons-material/Feedback';
import type { Complaint } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./ComplaintList.tsx'), (module) => module.ComplaintList),
  show: lazyView(() => import('./ComplaintShow.tsx'), (module) => module.ComplaintShow),
  create: lazyView(() => import('./ComplaintCreate.tsx'), (module) => module.ComplaintCreate),
  icon: FeedbackIcon,
  recordRepresentation: (record: Complaint) => `#${record.id}`,
};
