import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import type { Shipment } from '../../../server/resources/types.ts';
import { statusChangeRefusal } from '../../../server/rules/shipments/rules.ts';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { choicesOf } from '../../components/choices.ts';

/** The fields of a shipment, shared by create and edit. */
export const ShipmentInputs = () => {
  const record = useRecordContext<Shipment>();
  const translate = useTranslate();
  // Once a shipment has left, 'preparing' is not offered (the server refuses it too).
  const backToPreparing = record?.status ? statusChangeRefusal({ status: record.status, trackingNumber: record.trackingNumber ?? null }, 'preparing') : null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%', maxWidth: 900 }}>
      <ReferenceInput source="serviceCenterId" reference="service-centers">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <DateInput source="shipDate" validate={required()} />
      <ChoiceInput source="carrier" group="carrier" validate={required()} />
      <TextInput
        source="trackingNumber"
        validate={maxLength(40)}
        helperText={record?.trackingNumber ? false : translate('resources.shipments.trackingHelper')}
      />
      <SelectInput
        source="status"
        choices={choicesOf('shipmentStatus').map((choice) => ({ ...choice, disabled: backToPreparing !== null && choice.id === 'preparing' }))}
        validate={required()}
        {...(backToPreparing ? { helperText: backToPreparing } : {})}
      />
      <Box />
      <TextInput source="notes" multiline minRows={3} validate={maxLength(2000)} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  );
};
