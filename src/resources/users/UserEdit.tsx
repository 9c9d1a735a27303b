import { Edit, SimpleForm, Toolbar } from 'react-admin';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import { UserInputs } from './UserInputs.tsx';
import { UserSaveButton } from './UserSaveButton.tsx';
import { toUserPayload } from './userData.ts';

// Users are deactivated, never deleted (the audit log keeps referring to them).
const UserEditToolbar = () => (
  <Toolbar>
    <UserSaveButton />
  </Toolbar>
);

export const UserEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" transform={toUserPayload} mutationOptions={{ onError }}>
      <SimpleForm toolbar={<UserEditToolbar />}>
        <UserInputs />
      </SimpleForm>
    </Edit>
  );
};
