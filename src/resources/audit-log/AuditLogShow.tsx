import { DateField, Labeled, PrevNextButtons, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import type { AuditLogEntry } from '../../../server/resources/types.ts';
import { AuditUserField } from '../../components/AuditUserField.tsx';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { DiffTable } from '../../components/DiffTable.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import type { Diff } from '../../components/diff.ts';
import { AuditRecordField } from './AuditRecordField.tsx';
import { AuditResourceField } from './AuditResourceField.tsx';

const Actions = () => (
  <TopToolbar>
    <PrevNextButtons linkType="show" sort={{ field: 'at', order: 'DESC' }} />
  </TopToolbar>
);

const EntryDiff = (_props: { label?: false }) => {
  const entry = useRecordContext<AuditLogEntry>();
  if (!entry) return null;
  return (
    <Labeled label="resources.audit-log.fields.diff" fullWidth>
      <DiffTable diff={entry.diff as Diff | null} resource={entry.resource} />
    </Labeled>
  );
};

/** One entry: who did what to which record, and the field-level before and after. */
export const AuditLogShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <FieldGrid label={false}>
        <DateField source="at" showTime />
        <AuditUserField label="resources.audit-log.fields.userId" />
        <ChoiceField source="action" group="auditAction" />
        <AuditResourceField label="resources.audit-log.fields.resource" />
        <AuditRecordField label="resources.audit-log.fields.recordId" />
        <TextField source="summary" emptyText="—" />
      </FieldGrid>
      <EntryDiff label={false} />
    </SimpleShowLayout>
  </Show>
);
