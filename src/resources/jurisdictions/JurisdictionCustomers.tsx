import { DataTable, TextField } from 'react-admin';
import type { Customer } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<Customer>;

/** The customers whose program this jurisdiction governs (`label={false}` for a tab). */
export const JurisdictionCustomers = (_props: { label?: false }) => (
  <RelatedTable reference="customers" target="jurisdictionId" sort={{ field: 'lastName', order: 'ASC' }} storeKey="customers.by-jurisdiction.datatable">
    <Column source="lastName" />
    <Column source="firstName" />
    <ChoiceColumn source="status" group="customerStatus" />
    <Column source="city">
      <TextField source="city" emptyText="—" />
    </Column>
    <DateColumn source="programEnd" emptyText="—" />
  </RelatedTable>
);
