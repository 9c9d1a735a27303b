import DirectionsCarIcon from '@mui/icons-material/DirectionsCar';
import type { Vehicle } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./VehicleList.tsx'), (module) => module.VehicleList),
  show: lazyView(() => import('./VehicleShow.tsx'), (module) => module.VehicleShow),
  edit: lazyView(() => import('./VehicleEdit.tsx'), (module) => module.VehicleEdit),
  create: lazyView(() => import('./VehicleCreate.tsx'), (module) => module.VehicleCreate),
  icon: DirectionsCarIcon,
  recordRepresentation: (record: Vehicle) => `${record.year} ${record.make} ${record.model} · ${record.plate ?? record.vin}`,
};
