import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { FindingRecord } from '../audits/types.ts';
import { FindingList } from './FindingList.tsx';
import { FindingShow } from './FindingShow.tsx';

export default {
  list: FindingList,
  show: FindingShow,
  icon: ReportProblemIcon,
  recordRepresentation: (record: FindingRecord) => record.title,
};
