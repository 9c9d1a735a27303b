import { DataTable } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { DueField } from './DueField.tsx';
import { ReportObligationButton } from './ReportObligationButton.tsx';

/** A customer's reporting obligations, latest deadline first, reported from the row. `label={false}` keeps the show tab from labelling the table. */
export const RelatedReportingObligations = (_props: { label?: false }) => (
  <RelatedTable reference="reporting-obligations" target="customerId" sort={{ field: 'dueAt', order: 'DESC' }} storeKey="customers.reporting-obligations.datatable">
    <DataTable.Col source="dueAt">
      <DueField />
    </DataTable.Col>
    <ChoiceColumn source="event" group="reportingEvent" />
    <ChoiceColumn source="status" group="obligationStatus" />
    <DateColumn source="eventAt" showTime />
    <DataTable.Col source="recipient" />
    <DataTable.Col source="reference" />
    <DataTable.Col source="answer" disableSort>
      <ReportObligationButton />
    </DataTable.Col>
  </RelatedTable>
);
