import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { Shipment } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./ShipmentList.tsx'), (module) => module.ShipmentList),
  show: lazyView(() => import('./ShipmentShow.tsx'), (module) => module.ShipmentShow),
  edit: lazyView(() => import('./ShipmentEdit.tsx'), (module) => module.ShipmentEdit),
  create: lazyView(() => import('./ShipmentCreate.tsx'), (module) => module.ShipmentCreate),
  icon: LocalShippingIcon,
  recordRepresentation: (record: Shipment) => `${record.shipDate} · ${record.carrier} ${record.trackingNumber ?? ''}`.trim(),
};
