import AssignmentIcon from '@mui/icons-material/Assignment';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./WorkOrderList.tsx'), (module) => module.WorkOrderList),
  show: lazyView(() => import('./WorkOrderShow.tsx'), (module) => module.WorkOrderShow),
  edit: lazyView(() => import('./WorkOrderEdit.tsx'), (module) => module.WorkOrderEdit),
  create: lazyView(() => import('./WorkOrderCreate.tsx'), (module) => module.WorkOrderCreate),
  icon: AssignmentIcon,
  recordRepresentation: (record: WorkOrder) => record.number ?? `#${record.id}`,
};
