import MapIcon from '@mui/icons-material/Map';
import type { Region } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./RegionList.tsx'), (module) => module.RegionList),
  show: lazyView(() => import('./RegionShow.tsx'), (module) => module.RegionShow),
  edit: lazyView(() => import('./RegionEdit.tsx'), (module) => module.RegionEdit),
  create: lazyView(() => import('./RegionCreate.tsx'), (module) => module.RegionCreate),
  icon: MapIcon,
  recordRepresentation: (record: Region) => record.name,
};
