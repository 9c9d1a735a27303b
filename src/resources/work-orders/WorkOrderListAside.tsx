import CategoryIcon from '@mui/icons-material/Category';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import { ListAside } from '../../components/ListAside.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DateRangeFilter } from '../../components/DateRangeFilter.tsx';

export const WorkOrderListAside = () => (
  <ListAside>
    <DateRangeFilter source="scheduledAt" label="resources.work-orders.fields.scheduledAt" icon={<EventIcon />} />
    <ChoiceFilter source="status" group="workOrderStatus" label="resources.work-orders.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="type" group="workOrderType" label="resources.work-orders.fields.type" icon={<CategoryIcon />} />
  </ListAside>
);
