import SpeakerNotesIcon from '@mui/icons-material/SpeakerNotes';
import type { ClientPage } from '../pages.ts';
import { NotesPage } from './NotesPage.tsx';

export const notePages: ClientPage[] = [{ path: 'notes', label: 'client.notes.title', icon: SpeakerNotesIcon, element: <NotesPage />, order: 50 }];
