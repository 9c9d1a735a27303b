import StoreIcon from '@mui/icons-material/Store';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./ServiceCenterList.tsx'), (module) => module.ServiceCenterList),
  show: lazyView(() => import('./ServiceCenterShow.tsx'), (module) => module.ServiceCenterShow),
  edit: lazyView(() => import('./ServiceCenterEdit.tsx'), (module) => module.ServiceCenterEdit),
  create: lazyView(() => import('./ServiceCenterCreate.tsx'), (module) => module.ServiceCenterCreate),
  icon: StoreIcon,
  recordRepresentation: (record: ServiceCenter) => `${record.name} · ${record.city}`,
};
