import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import TodayIcon from '@mui/icons-material/Today';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazy, Suspense, type ComponentType } from 'react';
import type { Page } from './pages.ts';
import type { Importable } from '../server/auth/policy.ts';

/** The resources with a CSV import page (the server's IMPORTABLE). */
const IMPORTS: Importable[] = ['service-centers', 'installers', 'customers'];

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
    element: later(async () => (await import('./calibration/CalibrationPage.tsx')).CalibrationPage),
    access: { resource: 'devices', action: 'list' },
    menu: { label: 'resources.calibrations.menu', icon: EventBusyIcon },
  },
  {
    // the board shows the onboarding paperwork's progress (the server's pseudo-resource says who sees it)
    path: '/onboarding',
    element: later(async () => (await import('./onboarding/OnboardingBoard.tsx')).OnboardingBoard),
    access: { resource: 'onboarding-board', action: 'list' },
    menu: { label: 'resources.onboarding.menu', icon: ViewKanbanIcon },
  },
  {
    // the center's rating, audits and corrective actions to answer (service-center portal)
    path: '/quality',
    element: later(async () => (await import('./quality/QualityPage.tsx')).QualityPage),
    access: { resource: 'corrective-actions', action: 'list' },
    portalMenu: { label: 'resources.quality.menu', icon: FactCheckIcon, order: 40 },
  },
  {
    // the center's binder and W-9 (renewals awaiting verification) and its installers (service-center portal)
    path: '/paperwork',
    element: later(async () => (await import('./paperwork/PaperworkPage.tsx')).PaperworkPage),
    access: { resource: 'service-centers', action: 'upload-document' },
    portalMenu: { label: 'resources.paperwork.menu', icon: FolderSharedIcon, order: 50 },
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
  {
    // the portal's landing page (also the dashboard of center staff): the center's agenda
    path: '/today',
    element: later(async () => (await import('./portal/today/TodayPage.tsx')).TodayPage),
    access: { resource: 'stats', action: 'center' },
    portalMenu: { label: 'resources.today.menu', icon: TodayIcon, order: 10 },
  },
  {
    // a center's month: its staff from the portal's menu, administrators and compliance from the center's page (?center=ID)
    path: '/statement',
    element: later(async () => (await import('./portal/statement/StatementPage.tsx')).StatementPage),
    access: { resource: 'service-centers', action: 'read-statement' },
    portalMenu: { label: 'resources.statement.menu', icon: ReceiptLongIcon, order: 70 },
  },
  {
    // a center's weekly opening hours and its closures, kept by its own staff
    path: '/hours',
    element: later(async () => (await import('./resources/center-closures/HoursPage.tsx')).HoursPage),
    access: { resource: 'center-closures', action: 'list' },
    portalMenu: { label: 'resources.center-closures.hours.menu', icon: ScheduleIcon, order: 60 },
  },
  {
    // the portal's incoming shipments and package receipt (center staff)
    path: '/equipment',
    element: later(async () => (await import('./equipment/EquipmentPage.tsx')).EquipmentPage),
    access: { resource: 'shipment-packages', action: 'list' },
    portalMenu: { label: 'resources.equipment.menu', icon: LocalShippingIcon, order: 30 },
  },
  // a list's records imported from a CSV file (the list's Import button leads here)
  ...IMPORTS.map((resource) => ({
    path: `/import/${resource}`,
    element: later(async () => {
      const { ImportPage } = await import('./imports/ImportPage.tsx');
      return () => <ImportPage resource={resource} />;
    }),
    access: { resource, action: 'import' },
  })),
];
