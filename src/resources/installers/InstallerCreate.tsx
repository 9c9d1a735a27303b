import { Create, SimpleForm } from 'react-admin';
import { InstallerInputs } from './InstallerInputs.tsx';

export const InstallerCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ trainingStatus: 'not-started', certificationStatus: 'none', backgroundCheck: 'pending', active: true }}>
      <InstallerInputs />
    </SimpleForm>
  </Create>
);
