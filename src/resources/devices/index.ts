import SensorsIcon from '@mui/icons-material/Sensors';
import type { Device } from '../../../server/resources/types.ts';
import { DeviceList } from './DeviceList.tsx';
import { DeviceShow } from './DeviceShow.tsx';
import { DeviceEdit } from './DeviceEdit.tsx';
import { DeviceCreate } from './DeviceCreate.tsx';

export default {
  list: DeviceList,
  show: DeviceShow,
  edit: DeviceEdit,
  create: DeviceCreate,
  icon: SensorsIcon,
  recordRepresentation: (record: Device) => record.serial,
};
