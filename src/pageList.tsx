import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { lazy, Suspense, type ComponentType } from 'react';
import type { Page } from './pages.ts';
import { OnboardingBoard } from './onboarding/OnboardingBoard.tsx';
import { CalibrationPage } from './calibration/CalibrationPage.tsx';

/** A page in its own chunk, fetched the first time it is opened (print views stay out of the initial bundle). */
const later = (load: () => Promise<ComponentType>) => {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
};

/** Every custom page of the SPA, in menu order (after the resources). */
export const PAGES: Page[] = [
  {
    path: '/calibrations',
    element: <CalibrationPage />,
    access: { resource: 'devices', action: 'list' },
    menu: { label: 'resources.calibrations.menu', icon: EventBusyIcon },
  },
  {
    // the board shows the onboarding paperwork's progress (the server's pseudo-resource says who sees it)
    path: '/onboarding',
    element: <OnboardingBoard />,
    access: { resource: 'onboarding-board', action: 'list' },
    menu: { label: 'resources.onboarding.menu', icon: ViewKanbanIcon },
  },
  {
    // another copy of a work order (lost, wrong or missing), without the app's layout; the server logs each print
    path: '/work-orders/:id/print',
    element: later(async () => (await import('./print/work-order/WorkOrderPrintPage.tsx')).WorkOrderPrintPage),
    access: { resource: 'work-orders', action: 'list' },
    print: true,
  },
  {
    // a customer at the counter without an appointment: found by serial or name, the work recorded done
    path: '/walk-ins/new',
    element: later(async () => (await import('./resources/work-orders/walk-in/WalkInPage.tsx')).WalkInPage),
    access: { resource: 'work-orders', action: 'create' },
    portalMenu: { label: 'resources.work-orders.walkIn.menu', icon: DirectionsWalkIcon, order: 20 },
  },
  {
    // the packing list of a shipment: one printed page, packed and received check boxes, signatures
    path: '/shipments/:id/packing-list',
    element: later(async () => (await import('./print/packing-list/PackingListPage.tsx')).PackingListPage),
    access: { resource: 'shipments', action: 'list' },
    print: true,
  },
];
