import HomeIcon from '@mui/icons-material/Home';
import type { ClientPage } from '../pages.ts';
import { DashboardPage } from './DashboardPage.tsx';

export const dashboardPages: ClientPage[] = [{ path: '', label: 'client.dashboard.title', icon: HomeIcon, element: <DashboardPage />, order: 10 }];
