import SpeakerNotesIcon from '@mui/icons-material/SpeakerNotes';
import type { CustomerNote } from '../../../server/resources/types.ts';
import { CustomerNoteList } from './CustomerNoteList.tsx';
import { CustomerNoteShow } from './CustomerNoteShow.tsx';

export default {
  list: CustomerNoteList,
  show: CustomerNoteShow,
  icon: SpeakerNotesIcon,
  recordRepresentation: (record: CustomerNote) => (record.body.length > 40 ? `${record.body.slice(0, 40)}…` : record.body),
};
