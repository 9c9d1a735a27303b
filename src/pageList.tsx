import EventBusyIcon from '@mui/icons-material/EventBusy';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import type { Page } from './pages.ts';
import { WorkOrderPrintPage } from './print/work-order/WorkOrderPrintPage.tsx';
import { OnboardingBoard } from './onboarding/OnboardingBoard.tsx';
import { CalibrationPage } from './calibration/CalibrationPage.tsx';
import { PackingListPage } from './print/packing-list/PackingListPage.tsx';

/** Every custom page of the SPA, in menu order (after the resources). */
export const PAGES: Page[] = [
  {
    path: '/calibrations',
    element: <CalibrationPage />,
    access: { resource: 'devices', action: 'list' },
    menu: { label: 'resources.calibrations.menu', icon: EventBusyIcon },
  },
  {
    // the board shows the onboarding paperwork's progress: for those who read onboarding documents
    path: '/onboarding',
    element: <OnboardingBoard />,
    access: { resource: 'documents', action: 'list' },
    menu: { label: 'resources.onboarding.menu', icon: ViewKanbanIcon },
  },
  {
    // another copy of a work order (lost, wrong or missing), without the app's layout; the server logs each print
    path: '/work-orders/:id/print',
    element: <WorkOrderPrintPage />,
    access: { resource: 'work-orders', action: 'list' },
    print: true,
  },
  {
    // the packing list of a shipment: one printed page, packed and received check boxes, signatures
    path: '/shipments/:id/packing-list',
    element: <PackingListPage />,
    access: { resource: 'shipments', action: 'list' },
    print: true,
  },
];
