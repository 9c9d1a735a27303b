import { DataTable, List } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import type { AuditTemplateRecord } from '../audits/types.ts';

const Column = DataTable.Col<AuditTemplateRecord>;

export const AuditTemplateList = () => (
  <List actions={<ListActions create={false} />} sort={{ field: 'key', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['fingerprint']}>
      <Column source="title" />
      <Column source="key" />
      <Column source="version" align="right" />
      <ChoiceColumn source="kind" group="templateKind" />
      <Column source="fingerprint" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
    </DataTable>
  </List>
);
