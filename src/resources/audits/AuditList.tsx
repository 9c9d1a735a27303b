import { AutocompleteInput, DataTable, List, NumberField, ReferenceField, ReferenceInput } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { AuditListAside } from './AuditListAside.tsx';
import type { AuditRecord } from './types.ts';

const filters = [
  <ReferenceInput key="center" source="serviceCenterId" reference="service-centers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<AuditRecord>;

export const AuditList = () => (
  <List aside={<AuditListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'auditDate', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['nextAuditDue']}>
      <Column source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" link={false} />
      </Column>
      <ChoiceColumn source="kind" group="auditKind" />
      <Column source="auditor" />
      <DateColumn source="auditDate" />
      <ChoiceColumn source="status" group="auditStatus" />
      <Column source="score" align="right">
        <NumberField source="score" emptyText="—" />
      </Column>
      <ChoiceColumn source="band" group="auditBand" />
      <DateColumn source="nextAuditDue" emptyText="—" />
    </DataTable>
  </List>
);
