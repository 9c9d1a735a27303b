import { Create, SimpleForm } from 'react-admin';
import { JurisdictionInputs } from './JurisdictionInputs.tsx';

export const JurisdictionCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{
        unlockCodesAllowed: false,
        stateInspectionRequired: false,
        cameraRequired: false,
        backgroundCheckRequired: false,
        rulesConfirmed: false,
      }}
    >
      <JurisdictionInputs />
    </SimpleForm>
  </Create>
);
