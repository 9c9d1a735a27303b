import { DateField, ReferenceField, ReferenceManyCount, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { RelatedPackages } from '../shipment-packages/RelatedPackages.tsx';
import { AddPackageButton } from './AddPackageButton.tsx';

const actions = (
  <ShowActions>
    <AddPackageButton />
  </ShowActions>
);

export const ShipmentShow = () => {
  const canRead = useCanRead('shipment-packages');
  return (
    <Show title={<RecordTitle />} actions={actions}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.shipments.tabs.summary">
          <FieldGrid label={false}>
            <DateField source="shipDate" />
            <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
            <ChoiceField source="carrier" group="carrier" />
            <TextField source="trackingNumber" emptyText="—" />
            <ChoiceField source="status" group="shipmentStatus" />
            <TextField source="notes" emptyText="—" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
        </TabbedShowLayout.Tab>
        {canRead['shipment-packages'] && (
          <TabbedShowLayout.Tab label="resources.shipments.tabs.packages" path="packages" count={<ReferenceManyCount reference="shipment-packages" target="shipmentId" />}>
            <RelatedPackages target="shipmentId" sort={{ field: 'label', order: 'ASC' }} storeKey="shipments.shipment-packages.datatable" label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
