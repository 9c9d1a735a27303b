import type { ClientPage } from './pages.ts';
import { shellPages } from './shell/pages.tsx';
import { dashboardPages } from './dashboard/pages.tsx';
import { unlockPages } from './unlock/pages.tsx';
import { paymentPages } from './payments/pages.tsx';
import { helpPages } from './help/pages.tsx';
import { accountPages } from './account/pages.tsx';
import { appointmentPages } from './appointments/pages.tsx';
import { notePages } from './notes/pages.tsx';
import { complaintPages } from './complaints/pages.tsx';
import { documentPages } from './documents/pages.tsx';

/** Every page of the client portal (add a feature's `<feature>Pages` here); the navigation lists those with an `order`. */
export const CLIENT_PAGES: ClientPage[] = [...shellPages, ...dashboardPages, ...unlockPages, ...paymentPages, ...helpPages, ...accountPages, ...appointmentPages, ...notePages, ...complaintPages, ...documentPages];
