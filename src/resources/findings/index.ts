import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { FindingRecord } from '../audits/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./FindingList.tsx'), (module) => module.FindingList),
  show: lazyView(() => import('./FindingShow.tsx'), (module) => module.FindingShow),
  icon: ReportProblemIcon,
  recordRepresentation: (record: FindingRecord) => record.title,
};
