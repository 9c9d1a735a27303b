import { BooleanField, DataTable, DateField, EmailField, List, ReferenceField } from 'react-admin';
import type { User } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { UserListAside } from './UserListAside.tsx';

const Column = DataTable.Col<User>;

export const UserList = () => (
  <List aside={<UserListAside />} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['createdAt']}>
      <Column source="name" />
      <Column source="email">
        <EmailField source="email" onClick={(event) => event.stopPropagation()} />
      </Column>
      <Column source="role">
        <ChoiceField source="role" group="role" />
      </Column>
      <Column source="regionId">
        <ReferenceField source="regionId" reference="regions" link="show" emptyText="—" />
      </Column>
      <Column source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" emptyText="—" />
      </Column>
      <Column source="active" align="center">
        <BooleanField source="active" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
