import { DataTable, List } from 'react-admin';
import type { Complaint } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ComplaintListAside } from './ComplaintListAside.tsx';

const filters = [
  <ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />,
  <ReferenceFilterInput key="customer" source="customerId" reference="customers" minWidth={240} />,
];

const Column = DataTable.Col<Complaint>;

/** The complaints queue: open ones first (the longest waiting on top), by center and status; CSV export. */
export const ComplaintList = () => (
  <List aside={<ComplaintListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'status', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['resolution', 'resolvedAt']}>
      <ChoiceColumn source="status" group="complaintStatus" />
      <DateColumn source="createdAt" showTime />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} sx={{ minWidth: 200 }} />
      <ReferenceColumn source="customerId" reference="customers" link={false} />
      <ChoiceColumn source="category" group="complaintCategory" />
      <Column source="body" cellSx={() => ({ minWidth: 260 })} />
      <Column source="resolution" cellSx={() => ({ minWidth: 220 })} />
      <DateColumn source="resolvedAt" showTime emptyText="—" />
    </DataTable>
  </List>
);
