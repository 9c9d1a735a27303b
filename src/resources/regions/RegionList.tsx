import { DataTable, List, ReferenceManyCount } from 'react-admin';
import type { Region } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
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
      <DateColumn source="createdAt" />
      <DateColumn source="updatedAt" />
    </DataTable>
  </List>
);
