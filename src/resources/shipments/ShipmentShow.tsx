import { Alert, Box, Chip, Typography } from '@mui/material';
import { DateField, ReferenceField, ReferenceManyCount, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { StatusChip } from '../outbox/StatusChip.tsx';
import { RelatedPackages } from '../shipment-packages/RelatedPackages.tsx';
import { AddPackageButton } from './AddPackageButton.tsx';
import { PrintPackingListButton } from './PrintPackingListButton.tsx';
import { packagesLockedOf } from './useShipmentLock.ts';

const actions = (
  <ShowActions>
    <PrintPackingListButton />
    <AddPackageButton />
  </ShowActions>
);

/** Where the shipment stands: what entering the tracking number does, or why its packages are fixed. */
const ShipmentStage = () => {
  const shipment = useRecordContext<Shipment>();
  const translate = useTranslate();
  if (!shipment) return null;
  const locked = packagesLockedOf(shipment);
  return (
    <Alert severity={locked ? 'info' : 'warning'} sx={{ mb: 1 }} data-testid="shipment-stage">
      {locked ?? translate('resources.shipments.trackingHint')}
    </Alert>
  );
};

/** The labelled packages, one per customer, right under the shipment. */
const Packages = (_props: { label?: false }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        {translate('resources.shipments.tabs.packages')}
        <Chip size="small" label={<ReferenceManyCount reference="shipment-packages" target="shipmentId" />} />
      </Typography>
      <RelatedPackages target="shipmentId" sort={{ field: 'label', order: 'ASC' }} storeKey="shipments.shipment-packages.datatable" label={false} />
    </Box>
  );
};

export const ShipmentShow = () => {
  const canRead = useCanRead('shipment-packages');
  return (
    <Show title={<RecordTitle />} actions={actions}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.shipments.tabs.summary">
          <ShipmentStage />
          <FieldGrid label={false}>
            <DateField source="shipDate" />
            <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
            <ChoiceField source="carrier" group="carrier" />
            <TextField source="trackingNumber" emptyText="—" />
            <StatusChip source="status" group="shipmentStatus" />
            <TextField source="notes" emptyText="—" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
          {canRead['shipment-packages'] && <Packages label={false} />}
        </TabbedShowLayout.Tab>
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
