import { AutocompleteInput, DataTable, DateField, EmailField, List, ReferenceField, ReferenceInput, TextField } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ServiceCenterListAside } from './ServiceCenterListAside.tsx';

/** Jurisdictions grow to every state, too many for the sidebar: an autocomplete above the list. */
const filters = [
  <ReferenceInput key="jurisdiction" source="jurisdictionId" reference="jurisdictions" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<ServiceCenter>;

export const ServiceCenterList = () => (
  <List aside={<ServiceCenterListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['street', 'postalCode', 'email', 'statusChangedAt', 'createdAt']}>
      <Column source="name" />
      <Column source="street" />
      <Column source="city" />
      <Column source="state" />
      <Column source="postalCode" />
      <Column source="regionId">
        <ReferenceField source="regionId" reference="regions" link="show" />
      </Column>
      <Column source="jurisdictionId">
        <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
      </Column>
      <Column source="onboardingStatus">
        <ChoiceField source="onboardingStatus" group="onboardingStatus" />
      </Column>
      <Column source="statusChangedAt">
        <DateField source="statusChangedAt" emptyText="—" />
      </Column>
      <Column source="phone" sx={{ whiteSpace: 'nowrap' }}>
        <TextField source="phone" emptyText="—" />
      </Column>
      <Column source="email">
        <EmailField source="email" emptyText="—" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
