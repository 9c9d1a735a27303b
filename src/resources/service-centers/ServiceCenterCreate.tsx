import { Create, SimpleForm } from 'react-admin';
import { ServiceCenterInputs } from './ServiceCenterInputs.tsx';

export const ServiceCenterCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ onboardingStatus: 'applicant', contacts: [], priceList: [] }}>
      <ServiceCenterInputs />
    </SimpleForm>
  </Create>
);
