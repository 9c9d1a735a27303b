import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useGetList, useGetMany, useTranslate } from 'react-admin';
import type { Device, Shipment, ShipmentPackage, WorkOrder } from '../../server/resources/types.ts';
import { IncomingPackage } from './IncomingPackage.tsx';

const T = 'resources.equipment';
const ALL = { page: 1, perPage: 200 };

/** The packing lists of these shipments: their packages, the work orders they are for and the serials still on their way. */
function usePackingLists(shipmentIds: number[]) {
  const enabled = shipmentIds.length > 0;
  const packages = useGetList<ShipmentPackage>('shipment-packages', { filter: { shipmentId: shipmentIds }, sort: { field: 'id', order: 'ASC' }, pagination: ALL }, { enabled }).data ?? [];
  const orderIds = [...new Set(packages.flatMap((p) => (p.workOrderId == null ? [] : [p.workOrderId])))];
  const orders = useGetMany<WorkOrder>('work-orders', { ids: orderIds }, { enabled: orderIds.length > 0 }).data ?? [];
  const devices = useGetList<Device>('devices', { filter: { workOrderId: orderIds, status: 'shipped' }, sort: { field: 'id', order: 'ASC' }, pagination: ALL }, { enabled: orderIds.length > 0 }).data ?? [];
  return {
    packagesOf: (shipmentId: number) => packages.filter((p) => p.shipmentId === shipmentId),
    orderOf: (pkg: ShipmentPackage) => orders.find((o) => o.id === pkg.workOrderId),
    serialsOf: (pkg: ShipmentPackage) => devices.filter((d) => d.workOrderId === pkg.workOrderId).map((d) => d.serial),
  };
}

const NothingOnItsWay = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="nothing-incoming">
      <CardContent>
        <Typography variant="h6" component="p">
          {translate(`${T}.empty`)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`${T}.emptyHelp`)}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** The center's shipments on their way (shipped, not delivered), one card each with its packing list and a Receive per package. */
export const IncomingShipments = ({ onReceive }: { onReceive: (pkg: ShipmentPackage) => void }) => {
  const translate = useTranslate();
  const { data: shipments, isPending } = useGetList<Shipment>('shipments', { filter: { status: 'shipped' }, sort: { field: 'shipDate', order: 'ASC' }, pagination: { page: 1, perPage: 50 } });
  const lists = usePackingLists((shipments ?? []).map((s) => s.id));
  if (isPending) return null;
  if (!shipments?.length) return <NothingOnItsWay />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {shipments.map((shipment) => {
        const packages = lists.packagesOf(shipment.id);
        return (
          <Card key={shipment.id} variant="outlined" component="section" aria-labelledby={`shipment-${shipment.id}`}>
            <CardHeader
              avatar={<LocalShippingIcon color="action" />}
              title={translate(`${T}.shipment`, { carrier: shipment.carrier, trackingNumber: shipment.trackingNumber ?? '' })}
              slotProps={{ title: { id: `shipment-${shipment.id}`, component: 'h3', variant: 'subtitle1', sx: { overflowWrap: 'anywhere' } } }}
              subheader={`${translate(`${T}.shipped`, { date: shipment.shipDate })} · ${translate(`${T}.packages`, { smart_count: packages.length })}`}
            />
            <CardContent sx={{ pt: 0 }}>
              <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {packages.map((pkg) => (
                  <IncomingPackage key={pkg.id} pkg={pkg} order={lists.orderOf(pkg)} serials={lists.serialsOf(pkg)} onReceive={onReceive} />
                ))}
              </Box>
            </CardContent>
          </Card>
        );
      })}
    </Box>
  );
};
