import type { Resource } from './define.ts';
import { jurisdictions } from './jurisdictions.ts';
import { regions } from './regions.ts';
import { serviceCenters } from './service-centers.ts';
import { installers } from './installers.ts';
import { customers } from './customers.ts';
import { vehicles } from './vehicles.ts';
import { devices } from './devices.ts';
import { workOrders } from './work-orders.ts';
import { shipments } from './shipments.ts';
import { shipmentPackages } from './shipment-packages.ts';
import { users } from './users.ts';
import { auditLog } from './audit-log.ts';
import { auditTemplates, audits, correctiveActions, findings, ratings } from './audits.ts';
import { documents } from './documents.ts';
import { outbox } from './outbox.ts';
import { unlockCodes } from './unlock-codes.ts';
import { centerClosures } from './center-closures.ts';
import { helpArticles } from './help-articles.ts';
import { paymentMethods } from './payment-methods.ts';
import { payments } from './payments.ts';
import { checkCustomerPayments } from '../rules/payments/customer-check.ts';
import { appointmentRequests } from './appointment-requests.ts';
import { customerNotes } from './customer-notes.ts';
import { reportingObligations } from './reporting-obligations.ts';
import { complaints } from './complaints.ts';
import { customerDocuments } from './customer-documents.ts';
import { afterWorkOrderWrite } from '../rules/work-orders/after-write.ts';
import { closeAuditWhenDone } from '../audits/close-audit.ts';
import { rateAfterComplaint } from '../audits/rate-on-record.ts';
import { followCustomerJurisdiction, followJurisdictionGrace } from '../rules/calibration/lockout-hooks.ts';

/**
 * Every resource, in dependency order (a resource only references those before it), with the hooks
 * that reach into other resources' rules attached here, where the app is assembled, so that the
 * resource modules never import the rules that import them.
 */
export const RESOURCES: Resource[] = [
  { ...jurisdictions, afterWrite: followJurisdictionGrace },
  regions,
  serviceCenters,
  installers,
  { ...customers, check: checkCustomerPayments, afterWrite: followCustomerJurisdiction },
  vehicles,
  devices,
  { ...workOrders, afterWrite: afterWorkOrderWrite },
  shipments,
  shipmentPackages,
  users,
  auditLog,
  auditTemplates,
  audits,
  findings,
  { ...correctiveActions, afterUpdate: closeAuditWhenDone },
  ratings,
  documents,
  outbox,
  unlockCodes,
  centerClosures,
  helpArticles,
  paymentMethods,
  payments,
  appointmentRequests,
  customerNotes,
  { ...complaints, afterWrite: rateAfterComplaint },
  customerDocuments,
  reportingObligations,
] as unknown as Resource[];

export const resourceByName = new Map(RESOURCES.map((r) => [r.name, r]));

