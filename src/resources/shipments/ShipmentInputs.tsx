import { AutocompleteInput, DateInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';

/** The fields of a shipment, shared by create and edit. */
export const ShipmentInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <ReferenceInput source="serviceCenterId" reference="service-centers">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <DateInput source="shipDate" validate={required()} />
    <ChoiceInput source="carrier" group="carrier" validate={required()} />
    <TextInput source="trackingNumber" validate={maxLength(40)} />
    <ChoiceInput source="status" group="shipmentStatus" validate={required()} />
    <Box />
    <TextInput source="notes" multiline minRows={3} validate={maxLength(2000)} sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
