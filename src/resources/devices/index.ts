import SensorsIcon from '@mui/icons-material/Sensors';
import type { Device } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./DeviceList.tsx'), (module) => module.DeviceList),
  show: lazyView(() => import('./DeviceShow.tsx'), (module) => module.DeviceShow),
  edit: lazyView(() => import('./DeviceEdit.tsx'), (module) => module.DeviceEdit),
  create: lazyView(() => import('./DeviceCreate.tsx'), (module) => module.DeviceCreate),
  icon: SensorsIcon,
  recordRepresentation: (record: Device) => record.serial,
};
