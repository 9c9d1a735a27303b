import { ArrayInput, NumberInput, SimpleFormIterator, maxValue, minValue, required } from 'react-admin';
import { ChoiceInput } from '../../components/ChoiceInput.tsx';
import { onePricePerServiceType } from './priceList.ts';

/** The center's price per service type, per its agreement. */
export const PriceListInput = () => (
  <ArrayInput source="priceList" validate={onePricePerServiceType} helperText="resources.service-centers.helpers.priceList">
    <SimpleFormIterator inline disableReordering>
      <ChoiceInput
        source="serviceType"
        group="workOrderType"
        label="resources.service-centers.price.serviceType"
        validate={required()}
        helperText={false}
        sx={{ minWidth: 220 }}
      />
      <NumberInput
        source="price"
        label="resources.service-centers.price.price"
        min={0}
        max={10000}
        step={0.01}
        validate={[required(), minValue(0), maxValue(10000)]}
        helperText={false}
      />
    </SimpleFormIterator>
  </ArrayInput>
);
