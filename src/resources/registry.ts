import type { ResourceProps } from 'react-admin';
import workOrders from './work-orders/index.ts';

/** Every resource of the SPA, in menu order: name (the API path) and its screens. */
export const resources: ResourceProps[] = [
  { name: 'work-orders', ...workOrders },
];
