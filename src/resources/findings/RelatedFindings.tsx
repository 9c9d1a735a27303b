import { DataTable } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import type { FindingRecord } from '../audits/types.ts';

const Column = DataTable.Col<FindingRecord>;

/** The findings of the audit (or center) shown, most severe first. */
export const RelatedFindings = ({ target }: { target: 'auditId' | 'serviceCenterId'; label?: false }) => (
  <RelatedTable reference="findings" target={target} sort={{ field: 'severity', order: 'ASC' }} storeKey={`findings.by-${target}.datatable`}>
    <ChoiceColumn source="severity" group="severity" />
    <Column source="title" />
    <Column source="detail" />
    <ChoiceColumn source="escalatedFrom" group="severity" />
  </RelatedTable>
);
