import AssignmentIcon from '@mui/icons-material/Assignment';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { WorkOrderList } from './WorkOrderList.tsx';
import { WorkOrderShow } from './WorkOrderShow.tsx';
import { WorkOrderEdit } from './WorkOrderEdit.tsx';
import { WorkOrderCreate } from './WorkOrderCreate.tsx';

export default {
  list: WorkOrderList,
  show: WorkOrderShow,
  edit: WorkOrderEdit,
  create: WorkOrderCreate,
  icon: AssignmentIcon,
  recordRepresentation: (record: WorkOrder) => record.number ?? `#${record.id}`,
};
