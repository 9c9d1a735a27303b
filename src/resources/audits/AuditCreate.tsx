import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { today } from '../../dates.ts';

/**
 * A new draft audit: which center, which kind, who audits, when; the server gives it the current
 * published checklist of its kind (an amendment keeps the amended audit's). The checklist is
 * answered on the next page.
 */
export const AuditCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ kind: 'annual', auditDate: today(), answers: {} }}>
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <ChoiceInput source="kind" group="auditKind" validate={required()} helperText="resources.audits.form.currentChecklist" />
      <TextInput source="auditor" validate={required()} />
      <DateInput source="auditDate" validate={required()} />
      <TextInput source="notes" multiline fullWidth />
    </SimpleForm>
  </Create>
);
