import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs.tsx';
import { toUserPayload } from './userData.ts';

export const UserCreate = () => (
  <Create redirect="show" transform={toUserPayload}>
    <SimpleForm defaultValues={{ active: true }}>
      <UserInputs isCreate />
    </SimpleForm>
  </Create>
);
