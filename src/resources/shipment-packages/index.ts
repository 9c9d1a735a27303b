import InventoryIcon from '@mui/icons-material/Inventory2';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./ShipmentPackageList.tsx'), (module) => module.ShipmentPackageList),
  show: lazyView(() => import('./ShipmentPackageShow.tsx'), (module) => module.ShipmentPackageShow),
  edit: lazyView(() => import('./ShipmentPackageEdit.tsx'), (module) => module.ShipmentPackageEdit),
  create: lazyView(() => import('./ShipmentPackageCreate.tsx'), (module) => module.ShipmentPackageCreate),
  icon: InventoryIcon,
  recordRepresentation: (record: ShipmentPackage) => record.label,
};
