import MapIcon from '@mui/icons-material/Map';
import type { Region } from '../../../server/resources/types.ts';
import { RegionList } from './RegionList.tsx';
import { RegionShow } from './RegionShow.tsx';
import { RegionEdit } from './RegionEdit.tsx';
import { RegionCreate } from './RegionCreate.tsx';

export default {
  list: RegionList,
  show: RegionShow,
  edit: RegionEdit,
  create: RegionCreate,
  icon: MapIcon,
  recordRepresentation: (record: Region) => record.name,
};
