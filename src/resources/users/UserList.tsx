import { BooleanField, DataTable, EmailField, List } from 'react-admin';
import type { User } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { UserListAside } from './UserListAside.tsx';

const Column = DataTable.Col<User>;

export const UserList = () => (
  <List aside={<UserListAside />} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['createdAt']}>
      <Column source="name" />
      <Column source="email">
        <EmailField source="email" onClick={(event) => event.stopPropagation()} />
      </Column>
      <ChoiceColumn source="role" group="role" />
      <ReferenceColumn source="regionId" reference="regions" link="show" emptyText="—" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
      <ReferenceColumn source="customerId" reference="customers" link="show" emptyText="—" />
      <Column source="active" align="center" field={BooleanField} />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
