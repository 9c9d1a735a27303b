import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import type { ReportingObligation } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./ReportingObligationList.tsx'), (module) => module.ReportingObligationList),
  show: lazyView(() => import('./ReportingObligationShow.tsx'), (module) => module.ReportingObligationShow),
  icon: AssignmentLateIcon,
  recordRepresentation: (record: ReportingObligation) => `${record.event} #${record.id}`,
};
