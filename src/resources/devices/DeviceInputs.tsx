import { AutocompleteInput, DateInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { CustomerVehicleInput } from '../vehicles/CustomerVehicleInput.tsx';

/** The fields of a device, shared by create and edit. */
export const DeviceInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <TextInput source="serial" validate={[required(), maxLength(40)]} />
    <ChoiceInput source="kind" group="deviceKind" validate={required()} />
    <TextInput source="model" validate={[required(), maxLength(60)]} />
    <ChoiceInput source="status" group="deviceStatus" validate={required()} />
    <ReferenceInput source="serviceCenterId" reference="service-centers">
      <AutocompleteInput fullWidth />
    </ReferenceInput>
    <ReferenceInput source="customerId" reference="customers">
      <AutocompleteInput fullWidth />
    </ReferenceInput>
    <CustomerVehicleInput />
    <Box />
    <DateInput source="lastCalibrationOn" />
    <DateInput source="nextCalibrationDue" />
  </Box>
);
