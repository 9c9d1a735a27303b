import { ArrayField, DataTable, NumberField } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** What the provider pays the center per service, per its agreement. */
export const ServiceCenterPriceList = (_props: { label?: false }) => (
  <ArrayField source="priceList">
    <DataTable bulkActionButtons={false} rowClick={false} storeKey="service-centers.priceList.datatable" empty={<NoneYet />} sx={{ maxWidth: 600 }}>
      <ChoiceColumn source="serviceType" group="workOrderType" label="resources.service-centers.price.serviceType" />
      <DataTable.Col source="price" label="resources.service-centers.price.price" align="right">
        <NumberField source="price" options={{ style: 'currency', currency: 'USD' }} />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
