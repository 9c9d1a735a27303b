import { DataTable } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { PreferredField } from './PreferredField.tsx';
import { RequestAnswerButtons } from './RequestAnswerButtons.tsx';

/** A customer's appointment requests, newest first, answered from the row. `label={false}` keeps the show tab from labelling the table. */
export const CustomerAppointmentRequests = (_props: { label?: false }) => (
  <RelatedTable reference="appointment-requests" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} storeKey="customers.appointment-requests.datatable">
    <DateColumn source="createdAt" showTime />
    <ChoiceColumn source="kind" group="appointmentRequestKind" />
    <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />
    <DataTable.Col source="preferredAt">
      <PreferredField />
    </DataTable.Col>
    <ChoiceColumn source="status" group="appointmentRequestStatus" />
    <DataTable.Col source="answer" disableSort>
      <RequestAnswerButtons />
    </DataTable.Col>
  </RelatedTable>
);
