import EventBusyIcon from '@mui/icons-material/EventBusy';
import type { Page } from './pages.ts';
import { CalibrationPage } from './calibration/CalibrationPage.tsx';

/** Every custom page of the SPA, in menu order (after the resources). */
export const PAGES: Page[] = [
  {
    path: '/calibrations',
    element: <CalibrationPage />,
    access: { resource: 'devices', action: 'read' },
    menu: { label: 'resources.calibrations.menu', icon: EventBusyIcon },
  },
];
