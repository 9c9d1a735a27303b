import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./CorrectiveActionList.tsx'), (module) => module.CorrectiveActionList),
  edit: lazyView(() => import('./CorrectiveActionEdit.tsx'), (module) => module.CorrectiveActionEdit),
  icon: TaskAltIcon,
  recordRepresentation: (record: CorrectiveActionRecord) => record.description,
};
