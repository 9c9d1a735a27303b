import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { AuditRecord } from './types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./AuditList.tsx'), (module) => module.AuditList),
  show: lazyView(() => import('./AuditShow.tsx'), (module) => module.AuditShow),
  edit: lazyView(() => import('./AuditEdit.tsx'), (module) => module.AuditEdit),
  create: lazyView(() => import('./AuditCreate.tsx'), (module) => module.AuditCreate),
  icon: FactCheckIcon,
  recordRepresentation: (record: AuditRecord) => `#${record.id} (${record.auditDate})`,
};
