import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { ComplaintInputs } from './ComplaintInputs.tsx';

/** A complaint compliance enters for a customer (by phone, by letter); from a customer's or center's page they come in the location's state. */
export const ComplaintCreate = () => {
  const location = useLocation();
  const preset = (location.state as { record?: { customerId?: number; serviceCenterId?: number } } | null)?.record ?? {};
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={preset}>
        <ComplaintInputs />
      </SimpleForm>
    </Create>
  );
};
