import { useState } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { CanAccess, Title, useTranslate } from 'react-admin';
import type { ShipmentPackage } from '../../server/resources/types.ts';
import { ReceiveDialog } from '../resources/shipment-packages/ReceiveDialog.tsx';
import { IncomingShipments } from './IncomingShipments.tsx';
import { RecentlyReceived } from './RecentlyReceived.tsx';

const T = 'resources.equipment';

/**
 * The portal's equipment page: the center's shipments on their way with their packing lists, a
 * Receive per package (the dialog stays open over the refreshed lists to show what was found),
 * and the packages received lately. Scoped by the API to the center's own shipments.
 */
export const EquipmentPage = () => {
  const translate = useTranslate();
  const [receiving, setReceiving] = useState<ShipmentPackage | null>(null);
  return (
    <CanAccess resource="shipment-packages" action="list" accessDenied={<Alert severity="warning">{translate('ra.page.access_denied')}</Alert>}>
      <Title title={translate(`${T}.title`)} />
      <Box sx={{ display: 'grid', gap: 2, mt: 1, maxWidth: 1000 }}>
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.intro`)}
        </Typography>
        <Typography variant="h6" component="h2">
          {translate(`${T}.incoming`)}
        </Typography>
        <IncomingShipments onReceive={setReceiving} />
        <Typography variant="h6" component="h2">
          {translate(`${T}.recent`)}
        </Typography>
        <RecentlyReceived />
      </Box>
      {receiving && <ReceiveDialog pkg={receiving} onClose={() => setReceiving(null)} />}
    </CanAccess>
  );
};
