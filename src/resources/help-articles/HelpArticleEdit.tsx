import { Edit, SimpleForm } from 'react-admin';
import { HelpArticleInputs } from './HelpArticleInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const HelpArticleEdit = () => {
  const onError = useConflictHandler();
  // pessimistic: the toolbar's Delete (administrators) asks for confirmation
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <HelpArticleInputs />
      </SimpleForm>
    </Edit>
  );
};
