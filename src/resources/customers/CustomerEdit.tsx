import { Edit, SimpleForm } from 'react-admin';
import { CustomerInputs } from './CustomerInputs.tsx';
import { withContactPreferences } from './contactPreferences.ts';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const CustomerEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" transform={withContactPreferences} mutationOptions={{ onError }}>
      <SimpleForm>
        <CustomerInputs />
      </SimpleForm>
    </Edit>
  );
};
