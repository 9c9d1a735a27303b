import { DataTable, List } from 'react-admin';
import type { ReportingObligation } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { DueField } from './DueField.tsx';
import { ReportObligationButton } from './ReportObligationButton.tsx';
import { ReportingObligationListAside } from './ReportingObligationListAside.tsx';

const Column = DataTable.Col<ReportingObligation>;

/** What is owed to the states, soonest deadline first, with filters (status, state, due window, event), Report, and CSV export. */
export const ReportingObligationList = () => (
  <List aside={<ReportingObligationListAside />} actions={<ListActions create={false} />} sort={{ field: 'dueAt', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['eventAt', 'recipient', 'reportedAt', 'serviceCenterId']}>
      <Column source="dueAt">
        <DueField />
      </Column>
      <ChoiceColumn source="event" group="reportingEvent" />
      <ChoiceColumn source="status" group="obligationStatus" />
      <ReferenceColumn source="jurisdictionId" reference="jurisdictions" link={false} />
      <ReferenceColumn source="customerId" reference="customers" link={false} />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />
      <DateColumn source="eventAt" showTime />
      <Column source="recipient" />
      <DateColumn source="reportedAt" showTime emptyText="—" />
      <Column source="reference" />
      <Column source="answer" disableSort>
        <ReportObligationButton />
      </Column>
    </DataTable>
  </List>
);
