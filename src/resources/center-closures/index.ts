import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { CenterClosure } from '../../../server/resources/types.ts';
import { CenterClosureList } from './CenterClosureList.tsx';
import { CenterClosureShow } from './CenterClosureShow.tsx';
import { CenterClosureEdit } from './CenterClosureEdit.tsx';
import { CenterClosureCreate } from './CenterClosureCreate.tsx';

export default {
  list: CenterClosureList,
  show: CenterClosureShow,
  edit: CenterClosureEdit,
  create: CenterClosureCreate,
  icon: EventBusyIcon,
  recordRepresentation: (record: CenterClosure) => (record.startsOn === record.endsOn ? `${record.startsOn} · ${record.reason}` : `${record.startsOn} – ${record.endsOn} · ${record.reason}`),
};
