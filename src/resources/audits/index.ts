import FactCheckIcon from '@mui/icons-material/FactCheck';
import { AuditCreate } from './AuditCreate.tsx';
import { AuditEdit } from './AuditEdit.tsx';
import { AuditList } from './AuditList.tsx';
import { AuditShow } from './AuditShow.tsx';
import type { AuditRecord } from './types.ts';

export default {
  list: AuditList,
  show: AuditShow,
  edit: AuditEdit,
  create: AuditCreate,
  icon: FactCheckIcon,
  recordRepresentation: (record: AuditRecord) => `#${record.id} (${record.auditDate})`,
};
