import { DataTable, DateField, List, ReferenceManyCount } from 'react-admin';
import type { Region } from '../../../server/resources/types.ts';
import { ListActions } from '../../components/ListActions.tsx';
import { RegionListAside } from './RegionListAside.tsx';

const Column = DataTable.Col<Region>;

export const RegionList = () => (
  <List aside={<RegionListAside />} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['createdAt', 'updatedAt']}>
      <Column source="code" />
      <Column source="name" />
      <Column source="description" sx={{ maxWidth: 400 }} />
      <Column source="serviceCenters" disableSort align="right">
        <ReferenceManyCount reference="service-centers" target="regionId" link />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
      <Column source="updatedAt">
        <DateField source="updatedAt" />
      </Column>
    </DataTable>
  </List>
);
