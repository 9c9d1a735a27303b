import DirectionsCarIcon from '@mui/icons-material/DirectionsCar';
import type { Vehicle } from '../../../server/resources/types.ts';
import { VehicleList } from './VehicleList.tsx';
import { VehicleShow } from './VehicleShow.tsx';
import { VehicleEdit } from './VehicleEdit.tsx';
import { VehicleCreate } from './VehicleCreate.tsx';

export default {
  list: VehicleList,
  show: VehicleShow,
  edit: VehicleEdit,
  create: VehicleCreate,
  icon: DirectionsCarIcon,
  recordRepresentation: (record: Vehicle) => `${record.year} ${record.make} ${record.model} · ${record.plate ?? record.vin}`,
};
