import EngineeringIcon from '@mui/icons-material/Engineering';
import type { Installer } from '../../../server/resources/types.ts';
import { InstallerList } from './InstallerList.tsx';
import { InstallerShow } from './InstallerShow.tsx';
import { InstallerEdit } from './InstallerEdit.tsx';
import { InstallerCreate } from './InstallerCreate.tsx';

export default {
  list: InstallerList,
  show: InstallerShow,
  edit: InstallerEdit,
  create: InstallerCreate,
  icon: EngineeringIcon,
  recordRepresentation: (record: Installer) => `${record.firstName} ${record.lastName}`,
};
