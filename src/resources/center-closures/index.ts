import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { CenterClosure } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./CenterClosureList.tsx'), (module) => module.CenterClosureList),
  show: lazyView(() => import('./CenterClosureShow.tsx'), (module) => module.CenterClosureShow),
  edit: lazyView(() => import('./CenterClosureEdit.tsx'), (module) => module.CenterClosureEdit),
  create: lazyView(() => import('./CenterClosureCreate.tsx'), (module) => module.CenterClosureCreate),
  icon: EventBusyIcon,
  recordRepresentation: (record: CenterClosure) => (record.startsOn === record.endsOn ? `${record.startsOn} · ${record.reason}` : `${record.startsOn} – ${record.endsOn} · ${record.reason}`),
};
