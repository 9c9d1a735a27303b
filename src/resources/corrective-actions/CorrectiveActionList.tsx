import EventBusyIcon from '@mui/icons-material/EventBusy';
import FlagIcon from '@mui/icons-material/Flag';
import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import { DataTable, FilterList, FilterListItem, List } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import { addDaysToIsoDay, today } from '../../dates.ts';
import type { CorrectiveActionRecord } from '../audits/types.ts';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

/** Overdue: still open and due before today (an action due today is not overdue yet, as the engine counts). */
const OverdueFilter = () => {
  const day = today();
  const yesterday = addDaysToIsoDay(day, -1);
  return (
    <FilterList label="resources.corrective-actions.filters.due" icon={<EventBusyIcon />}>
      <FilterListItem label="resources.corrective-actions.filters.overdue" value={{ status: 'open', dueDate_lte: yesterday }} />
      <FilterListItem label="resources.corrective-actions.filters.dueToday" value={{ status: 'open', dueDate_lte: day, dueDate_gte: day }} />
    </FilterList>
  );
};

const CorrectiveActionListAside = () => (
  <ListAside>
    <OverdueFilter />
    <ChoiceFilter source="status" group="correctiveActionStatus" label="resources.corrective-actions.fields.status" icon={<FlagIcon />} />
    <ChoiceFilter source="severity" group="severity" label="resources.corrective-actions.fields.severity" icon={<PriorityHighIcon />} />
  </ListAside>
);

const Column = DataTable.Col<CorrectiveActionRecord>;

export const CorrectiveActionList = () => (
  <List
    aside={<CorrectiveActionListAside />}
    actions={<ListActions create={false} />}
    filters={filters}
    sort={{ field: 'dueDate', order: 'ASC' }}
    perPage={25}
  >
    <DataTable rowClick="edit" bulkActionButtons={false} hiddenColumns={['closedAt', 'evidence']}>
      <ChoiceColumn source="severity" group="severity" />
      <Column source="description" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />
      <Column source="owner" />
      <DateColumn source="dueDate" emptyText="—" />
      <ChoiceColumn source="status" group="correctiveActionStatus" />
      <Column source="evidence" />
      <DateColumn source="closedAt" emptyText="—" />
    </DataTable>
  </List>
);
