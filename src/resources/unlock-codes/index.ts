import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { UnlockCode } from '../../../server/resources/types.ts';
import { UnlockCodeList } from './UnlockCodeList.tsx';
import { UnlockCodeShow } from './UnlockCodeShow.tsx';

/** Read-only: codes are issued from a device's page (POST /api/devices/:id/unlock-codes). */
export default {
  list: UnlockCodeList,
  show: UnlockCodeShow,
  icon: LockOpenIcon,
  recordRepresentation: (record: UnlockCode) => `#${record.id}`,
};
