import FeedbackIcon from '@mui/icons-material/Feedback';
import type { ClientPage } from '../pages.ts';
import { ComplaintsPage } from './ComplaintsPage.tsx';

export const complaintPages: ClientPage[] = [{ path: 'complaints', label: 'client.complaints.title', icon: FeedbackIcon, element: <ComplaintsPage />, order: 55 }];
