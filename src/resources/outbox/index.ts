import OutboxIcon from '@mui/icons-material/Outbox';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { OutboxList } from './OutboxList.tsx';
import { OutboxShow } from './OutboxShow.tsx';

export default {
  list: OutboxList,
  show: OutboxShow,
  icon: OutboxIcon,
  recordRepresentation: (record: OutboxMessage) => record.subject,
};
