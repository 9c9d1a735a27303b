import InventoryIcon from '@mui/icons-material/Inventory2';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ShipmentPackageList } from './ShipmentPackageList.tsx';
import { ShipmentPackageShow } from './ShipmentPackageShow.tsx';
import { ShipmentPackageEdit } from './ShipmentPackageEdit.tsx';
import { ShipmentPackageCreate } from './ShipmentPackageCreate.tsx';

export default {
  list: ShipmentPackageList,
  show: ShipmentPackageShow,
  edit: ShipmentPackageEdit,
  create: ShipmentPackageCreate,
  icon: InventoryIcon,
  recordRepresentation: (record: ShipmentPackage) => record.label,
};
