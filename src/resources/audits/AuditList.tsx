import { DataTable, List } from 'react-admin';
import { percent } from '../../numbers.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { AuditListAside } from './AuditListAside.tsx';
import type { AuditRecord } from './types.ts';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<AuditRecord>;

export const AuditList = () => (
  <List aside={<AuditListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'auditDate', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['nextAuditDue']}>
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link={false} />
      <ChoiceColumn source="kind" group="auditKind" />
      <Column source="auditor" />
      <DateColumn source="auditDate" />
      <ChoiceColumn source="status" group="auditStatus" />
      <Column source="score" align="right" render={(audit) => percent(audit.score)} />
      <ChoiceColumn source="band" group="auditBand" />
      <DateColumn source="nextAuditDue" emptyText="—" />
    </DataTable>
  </List>
);
