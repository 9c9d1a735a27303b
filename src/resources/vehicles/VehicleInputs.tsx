import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, maxLength, maxValue, minValue, regex, required } from 'react-admin';
import { Box } from '@mui/material';

/** The server's VIN rule (ISO 3779): 17 characters, letters and digits, no I, O or Q. */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

const upperCase = (value: string) => (value ? value.toUpperCase() : value);
const vinParse = (value: string) => (value ? value.trim().toUpperCase() : value);

/** The fields of a vehicle, shared by create and edit. */
export const VehicleInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <ReferenceInput source="customerId" reference="customers">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <NumberInput source="year" step={1} validate={[required(), minValue(1950), maxValue(2100)]} />
    <TextInput source="make" validate={[required(), maxLength(40)]} />
    <TextInput source="model" validate={[required(), maxLength(60)]} />
    <TextInput
      source="vin"
      parse={vinParse}
      validate={[required(), regex(VIN_PATTERN, 'resources.vehicles.validation.vin')]}
      slotProps={{ htmlInput: { style: { fontFamily: 'monospace', textTransform: 'uppercase' } } }}
      sx={{ gridColumn: '1 / -1' }}
    />
    <TextInput source="plate" validate={maxLength(12)} />
    <TextInput source="plateState" parse={upperCase} validate={maxLength(2)} />
  </Box>
);
