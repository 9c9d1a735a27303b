import { DataTable, List } from 'react-admin';
import type { AppointmentRequest } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { AppointmentRequestListAside } from './AppointmentRequestListAside.tsx';
import { PreferredField } from './PreferredField.tsx';
import { RequestAnswerButtons } from './RequestAnswerButtons.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<AppointmentRequest>;

/** The queue: requests awaiting an answer, oldest first (other statuses by the filters), answered from the row; CSV export. */
export const AppointmentRequestList = () => (
  <List
    aside={<AppointmentRequestListAside />}
    actions={<ListActions create={false} />}
    filters={filters}
    filterDefaultValues={{ status: 'requested' }}
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={25}
  >
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['notes', 'decidedAt']}>
      <DateColumn source="createdAt" showTime />
      <ReferenceColumn source="customerId" reference="customers" link={false} />
      <ChoiceColumn source="kind" group="appointmentRequestKind" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} sx={{ minWidth: 200 }} />
      <Column source="preferredAt">
        <PreferredField />
      </Column>
      <ReferenceColumn source="vehicleId" reference="vehicles" link={false} emptyText="—" />
      <Column source="notes" />
      <ChoiceColumn source="status" group="appointmentRequestStatus" />
      <DateColumn source="decidedAt" showTime emptyText="—" />
      <Column source="answer" disableSort>
        <RequestAnswerButtons />
      </Column>
    </DataTable>
  </List>
);
