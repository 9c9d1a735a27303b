import SpeakerNotesIcon from '@mui/icons-material/SpeakerNotes';
import type { CustomerNote } from '../../../server/resources/types.ts';
import { lazyView } from '../lazyView.ts';

export default {
  list: lazyView(() => import('./CustomerNoteList.tsx'), (module) => module.CustomerNoteList),
  show: lazyView(() => import('./CustomerNoteShow.tsx'), (module) => module.CustomerNoteShow),
  icon: SpeakerNotesIcon,
  recordRepresentation: (record: CustomerNote) => (record.body.length > 40 ? `${record.body.slice(0, 40)}…` : record.body),
};
