import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** The vehicle input of a form that also picks a customer: the vehicles offered are that customer's. */
export const CustomerVehicleInput = () => {
  const customerId = useWatch({ name: 'customerId' });
  return (
    <ReferenceInput source="vehicleId" reference="vehicles" filter={customerId ? { customerId } : {}}>
      <AutocompleteInput fullWidth />
    </ReferenceInput>
  );
};
