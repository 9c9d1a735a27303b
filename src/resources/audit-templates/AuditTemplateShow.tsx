import { NumberField, PrevNextButtons, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { TemplateSections } from './TemplateSections.tsx';

/** A checklist version, read-only: templates are immutable once an audit uses them. */
export const AuditTemplateShow = () => (
  <Show title={<RecordTitle />} actions={<TopToolbar><PrevNextButtons linkType="show" /></TopToolbar>}>
    <SimpleShowLayout>
      <FieldGrid>
        <TextField source="title" />
        <TextField source="key" />
        <NumberField source="version" />
        <ChoiceField source="kind" group="templateKind" />
        <TextField source="fingerprint" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      </FieldGrid>
      <TextField source="definition.description" label="resources.audit-templates.fields.description" emptyText="—" />
      <TemplateSections label="resources.audit-templates.fields.sections" />
    </SimpleShowLayout>
  </Show>
);
