import { BooleanField, DataTable, DateField, List, NumberField, ReferenceField } from 'react-admin';
import type { Customer } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { CustomerListAside } from './CustomerListAside.tsx';

const Column = DataTable.Col<Customer>;

export const CustomerList = () => (
  <List aside={<CustomerListAside />} actions={<ListActions />} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['email', 'phone', 'city', 'programStart', 'preferredChannel', 'createdAt']}>
      <Column source="lastName" label="resources.customers.fields.name" render={(record) => `${record.firstName} ${record.lastName}`} />
      <Column source="caseNumber" />
      <Column source="jurisdictionId">
        <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
      </Column>
      <Column source="status">
        <ChoiceField source="status" group="customerStatus" />
      </Column>
      <Column source="programStart">
        <DateField source="programStart" />
      </Column>
      <Column source="programEnd">
        <DateField source="programEnd" />
      </Column>
      <Column source="paymentPlan">
        <ChoiceField source="paymentPlan" group="paymentPlan" />
      </Column>
      <Column source="balance" align="right">
        <NumberField source="balance" options={{ style: 'currency', currency: 'USD' }} />
      </Column>
      <Column source="autoPay" align="center">
        <BooleanField source="autoPay" />
      </Column>
      <Column source="email" />
      <Column source="phone" />
      <Column source="city" />
      <Column source="preferredChannel">
        <ChoiceField source="preferredChannel" group="contactChannel" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
