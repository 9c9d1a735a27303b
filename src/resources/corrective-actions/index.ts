import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { CorrectiveActionRecord } from '../audits/types.ts';
import { CorrectiveActionEdit } from './CorrectiveActionEdit.tsx';
import { CorrectiveActionList } from './CorrectiveActionList.tsx';

export default {
  list: CorrectiveActionList,
  edit: CorrectiveActionEdit,
  icon: TaskAltIcon,
  recordRepresentation: (record: CorrectiveActionRecord) => record.description,
};
