import { DateField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { NewVersionButton } from './NewVersionButton.tsx';
import { TemplateSections } from './TemplateSections.tsx';

/** A checklist version, read-only: a published one never changes (a new version is a draft copy); a draft is changed on its edit page. */
export const AuditTemplateShow = () => (
  <Show
    title={<RecordTitle />}
    actions={
      <ShowActions>
        <NewVersionButton />
      </ShowActions>
    }
  >
    <SimpleShowLayout>
      <FieldGrid>
        <TextField source="title" />
        <TextField source="key" />
        <NumberField source="version" />
        <ChoiceField source="kind" group="templateKind" />
        <ChoiceField source="status" group="templateStatus" />
        <DateField source="publishedAt" showTime emptyText="—" />
        <ReferenceField source="publishedById" reference="users" link={false} emptyText="—" />
        <TextField source="fingerprint" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      </FieldGrid>
      <TextField source="definition.description" label="resources.audit-templates.fields.description" emptyText="—" />
      <TemplateSections label="resources.audit-templates.fields.sections" />
    </SimpleShowLayout>
  </Show>
);
