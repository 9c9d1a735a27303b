import { DataTable } from 'react-admin';
import { percent } from '../../numbers.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import type { AuditRecord } from './types.ts';

const Column = DataTable.Col<AuditRecord>;

/** A service center's audits, latest first, for its show page (`label={false}`). */
export const RelatedAudits = (_: { label?: false }) => (
  <RelatedTable reference="audits" target="serviceCenterId" sort={{ field: 'auditDate', order: 'DESC' }} storeKey="audits.by-center.datatable">
    <DateColumn source="auditDate" />
    <ChoiceColumn source="kind" group="auditKind" />
    <Column source="auditor" />
    <ChoiceColumn source="status" group="auditStatus" />
    <Column source="score" align="right" render={(audit) => percent(audit.score)} />
    <ChoiceColumn source="band" group="auditBand" />
  </RelatedTable>
);
