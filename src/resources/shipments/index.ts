import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '../../../server/resources/types.ts';
import { ShipmentList } from './ShipmentList.tsx';
import { ShipmentShow } from './ShipmentShow.tsx';
import { ShipmentEdit } from './ShipmentEdit.tsx';
import { ShipmentCreate } from './ShipmentCreate.tsx';

export default {
  list: ShipmentList,
  show: ShipmentShow,
  edit: ShipmentEdit,
  create: ShipmentCreate,
  icon: LocalShippingIcon,
  recordRepresentation: (record: Shipment) => `${record.shipDate} · ${record.carrier} ${record.trackingNumber ?? ''}`.trim(),
};
