import InventoryIcon from '@mui/icons-material/Inventory2';
import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ShipmentPackage, WorkOrder } from '../../server/resources/types.ts';
import { ActionButton } from '../components/ActionButton.tsx';

const T = 'resources.equipment';

/** One package of the packing list: label, work order, contents and serials, and Receive (or when it was received). */
export const IncomingPackage = ({ pkg, order, serials, onReceive }: { pkg: ShipmentPackage; order?: WorkOrder; serials: string[]; onReceive: (pkg: ShipmentPackage) => void }) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ py: 1.5, borderTop: 1, borderColor: 'divider', display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, gap: 1, justifyContent: 'space-between' }}>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2" component="h4" sx={{ overflowWrap: 'anywhere' }}>
          {pkg.label}
        </Typography>
        {order && <Typography variant="body2">{translate(`${T}.workOrder`, { number: order.number ?? `#${order.id}` })}</Typography>}
        {pkg.contents && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {translate(`${T}.contents`, { contents: pkg.contents })}
          </Typography>
        )}
        {serials.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {translate(`${T}.serials`, { serials: serials.join(', ') })}
          </Typography>
        )}
      </Box>
      {pkg.receivedAt ? (
        <Chip color={pkg.discrepancy ? 'warning' : 'success'} sx={{ alignSelf: 'flex-start' }} label={translate(`${T}.receivedAt`, { date: new Date(pkg.receivedAt).toLocaleString(), name: pkg.receivedBy ?? '' })} />
      ) : (
        <ActionButton
          resource="shipment-packages"
          action="receive"
          record={pkg}
          label="resources.shipment-packages.receive.button"
          icon={<InventoryIcon />}
          testId={`receive-${pkg.id}`}
          onClick={() => onReceive(pkg)}
        />
      )}
    </Box>
  );
};
