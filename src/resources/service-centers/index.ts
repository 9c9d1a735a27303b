import StoreIcon from '@mui/icons-material/Store';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ServiceCenterList } from './ServiceCenterList.tsx';
import { ServiceCenterShow } from './ServiceCenterShow.tsx';
import { ServiceCenterEdit } from './ServiceCenterEdit.tsx';
import { ServiceCenterCreate } from './ServiceCenterCreate.tsx';

export default {
  list: ServiceCenterList,
  show: ServiceCenterShow,
  edit: ServiceCenterEdit,
  create: ServiceCenterCreate,
  icon: StoreIcon,
  recordRepresentation: (record: ServiceCenter) => `${record.name} · ${record.city}`,
};
