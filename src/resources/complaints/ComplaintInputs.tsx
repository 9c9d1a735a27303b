import { AutocompleteInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';

/** A complaint entered by compliance: the customer, the center (and one of the customer's visits there), what it is about. */
export const ComplaintInputs = () => {
  const customerId = useWatch({ name: 'customerId' }) as number | null | undefined;
  const serviceCenterId = useWatch({ name: 'serviceCenterId' }) as number | null | undefined;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
      <ReferenceInput source="customerId" reference="customers">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      {customerId && serviceCenterId ? (
        <ReferenceInput source="workOrderId" reference="work-orders" filter={{ customerId, serviceCenterId }} sort={{ field: 'scheduledAt', order: 'DESC' }}>
          <AutocompleteInput fullWidth helperText="resources.complaints.helpers.workOrderId" />
        </ReferenceInput>
      ) : null}
      <ChoiceInput source="category" group="complaintCategory" validate={required()} fullWidth />
      <TextInput source="body" validate={[required(), maxLength(4000)]} multiline minRows={4} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  );
};
