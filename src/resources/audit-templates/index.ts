import ChecklistIcon from '@mui/icons-material/Checklist';
import type { AuditTemplateRecord } from '../audits/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./AuditTemplateList.tsx'), (module) => module.AuditTemplateList),
  show: lazyView(() => import('./AuditTemplateShow.tsx'), (module) => module.AuditTemplateShow),
  edit: lazyView(() => import('./AuditTemplateEdit.tsx'), (module) => module.AuditTemplateEdit),
  icon: ChecklistIcon,
  recordRepresentation: (record: AuditTemplateRecord) => `${record.title} (v${record.version})`,
};
