import FlagIcon from '@mui/icons-material/Flag';
import { DataTable, List } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import type { FindingRecord } from '../audits/types.ts';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<FindingRecord>;

const FindingListAside = () => (
  <ListAside>
    <ChoiceFilter source="severity" group="severity" label="resources.findings.fields.severity" icon={<FlagIcon />} />
  </ListAside>
);

export const FindingList = () => (
  <List aside={<FindingListAside />} actions={<ListActions create={false} />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['requirement', 'detail']}>
      <ChoiceColumn source="severity" group="severity" />
      <Column source="title" />
      <Column source="detail" />
      <Column source="requirement" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />
      <ReferenceColumn source="auditId" reference="audits" link={false} />
      <ChoiceColumn source="escalatedFrom" group="severity" />
    </DataTable>
  </List>
);
