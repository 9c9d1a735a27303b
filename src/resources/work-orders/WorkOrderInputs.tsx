import { AutocompleteInput, DateTimeInput, NumberInput, ReferenceInput, TextInput, required } from 'react-admin';
import { Box } from '@mui/material';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { CustomerVehicleInput } from '../vehicles/CustomerVehicleInput.tsx';

/** The fields of a work order, shared by create and edit. */
export const WorkOrderInputs = () => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
    <ChoiceInput source="type" group="workOrderType" validate={required()} />
    <ChoiceInput source="status" group="workOrderStatus" validate={required()} />
    <ReferenceInput source="serviceCenterId" reference="service-centers">
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <DateTimeInput source="scheduledAt" validate={required()} />
    <ReferenceInput source="customerId" reference="customers">
      <AutocompleteInput fullWidth />
    </ReferenceInput>
    <CustomerVehicleInput />
    <DateTimeInput source="startedAt" />
    <DateTimeInput source="completedAt" />
    <NumberInput source="cost" min={0} step={0.01} />
    <ChoiceInput source="billableTo" group="billableTo" validate={required()} />
    <TextInput source="notes" multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
