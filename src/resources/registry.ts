import type { ResourceProps } from 'react-admin';
import workOrders from './work-orders/index.ts';
import customers from './customers/index.ts';
import vehicles from './vehicles/index.ts';
import devices from './devices/index.ts';
import unlockCodes from './unlock-codes/index.ts';
import payments from './payments/index.ts';
import paymentMethods from './payment-methods/index.ts';
import shipments from './shipments/index.ts';
import shipmentPackages from './shipment-packages/index.ts';
import serviceCenters from './service-centers/index.ts';
import installers from './installers/index.ts';
import documents from './documents/index.ts';
import regions from './regions/index.ts';
import jurisdictions from './jurisdictions/index.ts';
import users from './users/index.ts';
import auditLog from './audit-log/index.ts';
import outbox from './outbox/index.ts';
import audits from './audits/index.ts';
import auditTemplates from './audit-templates/index.ts';
import findings from './findings/index.ts';
import correctiveActions from './corrective-actions/index.ts';
import centerClosures from './center-closures/index.ts';
import helpArticles from './help-articles/index.ts';
import appointmentRequests from './appointment-requests/index.ts';
import customerNotes from './customer-notes/index.ts';
import complaints from './complaints/index.ts';
import customerDocuments from './customer-documents/index.ts';
import reportingObligations from './reporting-obligations/index.ts';

/** Every resource of the SPA, in menu order: name (the API path) and its screens. */
export const resources: ResourceProps[] = [
  { name: 'work-orders', ...workOrders },
  { name: 'customers', ...customers },
  { name: 'appointment-requests', ...appointmentRequests },
  { name: 'customer-notes', ...customerNotes },
  { name: 'complaints', ...complaints },
  { name: 'customer-documents', ...customerDocuments },
  { name: 'reporting-obligations', ...reportingObligations },
  { name: 'vehicles', ...vehicles },
  { name: 'devices', ...devices },
  { name: 'unlock-codes', ...unlockCodes },
  { name: 'payments', ...payments },
  { name: 'payment-methods', ...paymentMethods },
  { name: 'shipments', ...shipments },
  { name: 'shipment-packages', ...shipmentPackages },
  { name: 'service-centers', ...serviceCenters },
  { name: 'installers', ...installers },
  { name: 'center-closures', ...centerClosures },
  { name: 'documents', ...documents },
  { name: 'audits', ...audits },
  { name: 'findings', ...findings },
  { name: 'corrective-actions', ...correctiveActions },
  { name: 'audit-templates', ...auditTemplates },
  { name: 'ratings' },
  { name: 'regions', ...regions },
  { name: 'jurisdictions', ...jurisdictions },
  { name: 'help-articles', ...helpArticles },
  { name: 'users', ...users },
  { name: 'outbox', ...outbox },
  { name: 'audit-log', ...auditLog },
];
