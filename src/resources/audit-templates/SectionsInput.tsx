import { ArrayInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { ItemInputs } from './ItemInputs.tsx';

const label = (field: string) => `resources.audit-templates.editor.${field}`;

/** The checklist's sections, each with its items (added, removed and moved with the iterator's buttons). */
export const SectionsInput = () => (
  <ArrayInput source="definition.sections" label="resources.audit-templates.fields.sections">
    <SimpleFormIterator fullWidth>
      <TextInput source="title" label={label('sectionTitle')} validate={required()} />
      <TextInput source="key" label={label('key')} validate={required()} />
      <ArrayInput source="items" label={label('items')}>
        <SimpleFormIterator fullWidth>
          <ItemInputs />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleFormIterator>
  </ArrayInput>
);
