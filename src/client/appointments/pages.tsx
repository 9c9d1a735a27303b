import EventIcon from '@mui/icons-material/Event';
import type { ClientPage } from '../pages.ts';
import { AppointmentsPage } from './AppointmentsPage.tsx';

export const appointmentPages: ClientPage[] = [{ path: 'appointments', label: 'client.appointments.title', icon: EventIcon, element: <AppointmentsPage />, order: 40 }];
