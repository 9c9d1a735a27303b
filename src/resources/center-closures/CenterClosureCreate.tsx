import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { CenterClosureInputs } from './CenterClosureInputs.tsx';

/** A new closure; from a center's Closures tab the center comes in the location's state. */
export const CenterClosureCreate = () => {
  const location = useLocation();
  const preset = (location.state as { record?: { serviceCenterId?: number } } | null)?.record ?? {};
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={preset}>
        <CenterClosureInputs />
      </SimpleForm>
    </Create>
  );
};
