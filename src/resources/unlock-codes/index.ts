import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { UnlockCode } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

/** Read-only: codes are issued from a device's page (POST /api/devices/:id/unlock-codes). */
export default {
  list: lazyView(() => import('./UnlockCodeList.tsx'), (module) => module.UnlockCodeList),
  show: lazyView(() => import('./UnlockCodeShow.tsx'), (module) => module.UnlockCodeShow),
  icon: LockOpenIcon,
  recordRepresentation: (record: UnlockCode) => `#${record.id}`,
};
