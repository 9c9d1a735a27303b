import { AutocompleteInput, Create, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import type { AuditTemplateRecord } from './types.ts';
import { today } from '../../dates.ts';

const templateName = (t: AuditTemplateRecord) => `${t.title} (v${t.version})`;

/** A new draft audit: which center, which checklist, who audits, when; the checklist is answered on the next page. */
export const AuditCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ kind: 'annual', auditDate: today(), answers: {} }}>
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <ReferenceInput source="templateId" reference="audit-templates" sort={{ field: 'key', order: 'ASC' }}>
        <SelectInput optionText={templateName} validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <ChoiceInput source="kind" group="auditKind" validate={required()} />
      <TextInput source="auditor" validate={required()} />
      <DateInput source="auditDate" validate={required()} />
      <TextInput source="notes" multiline fullWidth />
    </SimpleForm>
  </Create>
);
