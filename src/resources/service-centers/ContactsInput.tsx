import { ArrayInput, SimpleFormIterator, TextInput, email, maxLength, required } from 'react-admin';

const label = (field: string) => `resources.service-centers.contact.${field}`;

/** The center's contacts, one line each. */
export const ContactsInput = () => (
  <ArrayInput source="contacts" validate={(list: unknown[] | null) => (list && list.length > 20 ? 'resources.service-centers.errors.tooManyContacts' : undefined)}>
    <SimpleFormIterator inline disableReordering>
      <TextInput source="name" label={label('name')} validate={[required(), maxLength(100)]} helperText={false} />
      <TextInput source="role" label={label('role')} validate={maxLength(100)} helperText={false} />
      <TextInput source="phone" label={label('phone')} type="tel" validate={maxLength(25)} helperText={false} />
      <TextInput source="email" label={label('email')} type="email" validate={[email(), maxLength(200)]} helperText={false} />
    </SimpleFormIterator>
  </ArrayInput>
);
