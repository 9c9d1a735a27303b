import HistoryIcon from '@mui/icons-material/History';
import type { AuditLogEntry } from '../../../server/resources/types.ts';
import { AuditLogList } from './AuditLogList.tsx';
import { AuditLogShow } from './AuditLogShow.tsx';

/** Read-only: the server writes the log; nobody creates, edits or deletes entries. */
export default {
  list: AuditLogList,
  show: AuditLogShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditLogEntry) => `#${record.id}`,
};
