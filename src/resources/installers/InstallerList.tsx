import { BooleanField, DataTable, EmailField, List, TextField } from 'react-admin';
import type { Installer } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { InstallerListAside } from './InstallerListAside.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<Installer>;

export const InstallerList = () => (
  <List aside={<InstallerListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['email', 'phone', 'trainedOn', 'createdAt']}>
      <Column source="lastName" />
      <Column source="firstName" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" sx={{ minWidth: 220 }} />
      <ChoiceColumn source="duties" group="staffDuties" />
      <ChoiceColumn source="trainingStatus" group="trainingStatus" />
      <DateColumn source="trainedOn" emptyText="—" />
      <ChoiceColumn source="certificationStatus" group="certificationStatus" />
      <DateColumn source="certificationExpiresOn" emptyText="—" />
      <ChoiceColumn source="backgroundCheck" group="backgroundCheck" />
      <Column source="active" align="center" field={BooleanField} />
      <Column source="email">
        <EmailField source="email" emptyText="—" />
      </Column>
      <Column source="phone">
        <TextField source="phone" emptyText="—" />
      </Column>
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
