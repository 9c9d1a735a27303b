import { AutocompleteInput, BooleanField, DataTable, DateField, EmailField, List, ReferenceField, ReferenceInput, TextField } from 'react-admin';
import type { Installer } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { InstallerListAside } from './InstallerListAside.tsx';

const filters = [
  <ReferenceInput key="center" source="serviceCenterId" reference="service-centers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<Installer>;

export const InstallerList = () => (
  <List aside={<InstallerListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['email', 'phone', 'trainedOn', 'createdAt']}>
      <Column source="lastName" />
      <Column source="firstName" />
      <Column source="serviceCenterId" sx={{ minWidth: 220 }}>
        <ReferenceField source="serviceCenterId" reference="service-centers" />
      </Column>
      <Column source="trainingStatus">
        <ChoiceField source="trainingStatus" group="trainingStatus" />
      </Column>
      <Column source="trainedOn">
        <DateField source="trainedOn" emptyText="—" />
      </Column>
      <Column source="certificationStatus">
        <ChoiceField source="certificationStatus" group="certificationStatus" />
      </Column>
      <Column source="certificationExpiresOn">
        <DateField source="certificationExpiresOn" emptyText="—" />
      </Column>
      <Column source="backgroundCheck">
        <ChoiceField source="backgroundCheck" group="backgroundCheck" />
      </Column>
      <Column source="active" align="center">
        <BooleanField source="active" />
      </Column>
      <Column source="email">
        <EmailField source="email" emptyText="—" />
      </Column>
      <Column source="phone">
        <TextField source="phone" emptyText="—" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
