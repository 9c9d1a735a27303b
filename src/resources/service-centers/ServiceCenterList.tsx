import { DataTable, EmailField, List, TextField } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { StarsField } from '../ratings/StarsField.tsx';
import { ServiceCenterListAside } from './ServiceCenterListAside.tsx';

/** Jurisdictions grow to every state, too many for the sidebar: an autocomplete above the list. */
const filters = [
  <ReferenceFilterInput key="jurisdiction" source="jurisdictionId" reference="jurisdictions" sort={{ field: 'code', order: 'ASC' }} alwaysOn />,
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
      <ReferenceColumn source="regionId" reference="regions" link="show" />
      <ReferenceColumn source="jurisdictionId" reference="jurisdictions" link="show" />
      <ChoiceColumn source="onboardingStatus" group="onboardingStatus" />
      <Column source="rating">
        <StarsField source="ratingStars" />
      </Column>
      <DateColumn source="statusChangedAt" emptyText="—" />
      <Column source="phone" sx={{ whiteSpace: 'nowrap' }}>
        <TextField source="phone" emptyText="—" />
      </Column>
      <Column source="email">
        <EmailField source="email" emptyText="—" />
      </Column>
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
