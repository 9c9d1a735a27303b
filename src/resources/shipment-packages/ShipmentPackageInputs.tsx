import { AutocompleteInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';

/** Work orders offered are the selected customer's. */
const WorkOrderInput = () => {
  const customerId = useWatch({ name: 'customerId' });
  return (
    <ReferenceInput source="workOrderId" reference="work-orders" filter={customerId ? { customerId } : {}} sort={{ field: 'scheduledAt', order: 'DESC' }}>
      <AutocompleteInput fullWidth />
    </ReferenceInput>
  );
};

/** The fields of a shipment package, shared by create and edit. */
export const ShipmentPackageInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    {/* Only shipments being prepared take packages (the server refuses the others). */}
    <ReferenceInput source="shipmentId" reference="shipments" filter={{ status: 'preparing' }} sort={{ field: 'shipDate', order: 'DESC' }}>
      <AutocompleteInput validate={required()} fullWidth helperText="resources.shipment-packages.preparingOnly" />
    </ReferenceInput>
    <TextInput source="label" validate={[required(), maxLength(80)]} />
    <ReferenceInput source="customerId" reference="customers">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <WorkOrderInput />
    <TextInput source="contents" multiline minRows={3} validate={maxLength(500)} sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
