import { Edit, SimpleForm } from 'react-admin';
import { WorkOrderInputs } from './WorkOrderInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const WorkOrderEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <WorkOrderInputs />
      </SimpleForm>
    </Edit>
  );
};
