import { BooleanField, DataTable, List, NumberField } from 'react-admin';
import type { Customer } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { oneLine } from '../../components/oneLine.ts';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { CustomerListAside } from './CustomerListAside.tsx';

const Column = DataTable.Col<Customer>;

export const CustomerList = () => (
  <List aside={<CustomerListAside />} actions={<ListActions />} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['email', 'phone', 'city', 'programStart', 'preferredChannel', 'createdAt']}>
      <Column source="lastName" label="resources.customers.fields.name" render={(record) => `${record.firstName} ${record.lastName}`} />
      <Column source="caseNumber" cellSx={oneLine} />
      <ReferenceColumn source="jurisdictionId" reference="jurisdictions" link="show" />
      <ChoiceColumn source="status" group="customerStatus" />
      <DateColumn source="programStart" />
      <DateColumn source="programEnd" />
      <ChoiceColumn source="paymentPlan" group="paymentPlan" />
      <Column source="balance" align="right">
        <NumberField source="balance" options={{ style: 'currency', currency: 'USD' }} />
      </Column>
      <Column source="autoPay" align="center" field={BooleanField} />
      <Column source="email" />
      <Column source="phone" />
      <Column source="city" />
      <ChoiceColumn source="preferredChannel" group="contactChannel" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
