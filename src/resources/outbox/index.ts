import OutboxIcon from '@mui/icons-material/Outbox';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./OutboxList.tsx'), (module) => module.OutboxList),
  show: lazyView(() => import('./OutboxShow.tsx'), (module) => module.OutboxShow),
  icon: OutboxIcon,
  recordRepresentation: (record: OutboxMessage) => record.subject,
};
