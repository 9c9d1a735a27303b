import PublishIcon from '@mui/icons-material/Publish';
import { DataTable, List } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { ChoiceFilter } from '../../components/ChoiceFilter.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ListAside } from '../../components/ListAside.tsx';
import type { AuditTemplateRecord } from '../audits/types.ts';

const Column = DataTable.Col<AuditTemplateRecord>;

const Aside = () => (
  <ListAside>
    <ChoiceFilter source="status" group="templateStatus" label="resources.audit-templates.fields.status" icon={<PublishIcon />} />
  </ListAside>
);

/** Every checklist version; a draft opens in the editor, the others read-only. */
export const AuditTemplateList = () => (
  <List actions={<ListActions create={false} />} aside={<Aside />} sort={{ field: 'key', order: 'ASC' }} perPage={25}>
    <DataTable rowClick={(_id, _resource, record) => (record.status === 'draft' ? 'edit' : 'show')} bulkActionButtons={false} hiddenColumns={['fingerprint']}>
      <Column source="title" />
      <Column source="key" />
      <Column source="version" align="right" />
      <ChoiceColumn source="kind" group="templateKind" />
      <ChoiceColumn source="status" group="templateStatus" />
      <DateColumn source="publishedAt" emptyText="—" />
      <Column source="fingerprint" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
    </DataTable>
  </List>
);
