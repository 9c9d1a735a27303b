import ChecklistIcon from '@mui/icons-material/Checklist';
import type { AuditTemplateRecord } from '../audits/types.ts';
import { AuditTemplateList } from './AuditTemplateList.tsx';
import { AuditTemplateShow } from './AuditTemplateShow.tsx';

export default {
  list: AuditTemplateList,
  show: AuditTemplateShow,
  icon: ChecklistIcon,
  recordRepresentation: (record: AuditTemplateRecord) => `${record.title} (v${record.version})`,
};
