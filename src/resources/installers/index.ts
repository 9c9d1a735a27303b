import EngineeringIcon from '@mui/icons-material/Engineering';
import type { Installer } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./InstallerList.tsx'), (module) => module.InstallerList),
  show: lazyView(() => import('./InstallerShow.tsx'), (module) => module.InstallerShow),
  edit: lazyView(() => import('./InstallerEdit.tsx'), (module) => module.InstallerEdit),
  create: lazyView(() => import('./InstallerCreate.tsx'), (module) => module.InstallerCreate),
  icon: EngineeringIcon,
  recordRepresentation: (record: Installer) => `${record.firstName} ${record.lastName}`,
};
