import { DataTable, DateField, Pagination, ReferenceManyField, TextField } from 'react-admin';
import type { Customer } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

const Column = DataTable.Col<Customer>;

/** The customers whose program this jurisdiction governs (`label={false}` for a tab). */
export const JurisdictionCustomers = (_props: { label?: false }) => (
  <ReferenceManyField
    reference="customers"
    target="jurisdictionId"
    sort={{ field: 'lastName', order: 'ASC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<NoneYet />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="customers.by-jurisdiction.datatable">
      <Column source="lastName" />
      <Column source="firstName" />
      <Column source="status">
        <ChoiceField source="status" group="customerStatus" />
      </Column>
      <Column source="city">
        <TextField source="city" emptyText="—" />
      </Column>
      <Column source="programEnd">
        <DateField source="programEnd" emptyText="—" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
