import HistoryIcon from '@mui/icons-material/History';
import type { AuditLogEntry } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

/** Read-only: the server writes the log; nobody creates, edits or deletes entries. */
export default {
  list: lazyView(() => import('./AuditLogList.tsx'), (module) => module.AuditLogList),
  show: lazyView(() => import('./AuditLogShow.tsx'), (module) => module.AuditLogShow),
  icon: HistoryIcon,
  recordRepresentation: (record: AuditLogEntry) => `#${record.id}`,
};
