import { DataTable } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import type { CorrectiveActionRecord } from '../audits/types.ts';

const Column = DataTable.Col<CorrectiveActionRecord>;

/** The corrective actions of the audit or finding shown, soonest due first; a row opens its edit page. */
export const RelatedCorrectiveActions = ({ target }: { target: 'auditId' | 'findingId' | 'serviceCenterId'; label?: string | false }) => (
  <RelatedTable reference="corrective-actions" target={target} sort={{ field: 'dueDate', order: 'ASC' }} storeKey={`corrective-actions.by-${target}.datatable`}>
    <ChoiceColumn source="severity" group="severity" />
    <Column source="description" />
    <Column source="owner" />
    <DateColumn source="dueDate" emptyText="—" />
    <ChoiceColumn source="status" group="correctiveActionStatus" />
  </RelatedTable>
);
