import { Edit, SimpleForm } from 'react-admin';
import { ServiceCenterInputs } from './ServiceCenterInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const ServiceCenterEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <ServiceCenterInputs />
      </SimpleForm>
    </Edit>
  );
};
