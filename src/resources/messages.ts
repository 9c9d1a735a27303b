import { workOrderMessages } from './work-orders/i18n.ts';
import { customerMessages } from './customers/i18n.ts';
import { vehicleMessages } from './vehicles/i18n.ts';
import { deviceMessages } from './devices/i18n.ts';
import { unlockCodeMessages } from './unlock-codes/i18n.ts';
import { paymentMessages } from './payments/i18n.ts';
import { paymentMethodMessages } from './payment-methods/i18n.ts';
import { calibrationMessages } from '../calibration/i18n.ts';
import { shipmentMessages } from './shipments/i18n.ts';
import { shipmentPackageMessages } from './shipment-packages/i18n.ts';
import { serviceCenterMessages } from './service-centers/i18n.ts';
import { installerMessages } from './installers/i18n.ts';
import { documentMessages } from './documents/i18n.ts';
import { onboardingMessages } from '../onboarding/i18n.ts';
import { regionMessages } from './regions/i18n.ts';
import { jurisdictionMessages } from './jurisdictions/i18n.ts';
import { userMessages } from './users/i18n.ts';
import { auditLogMessages } from './audit-log/i18n.ts';
import { outboxMessages } from './outbox/i18n.ts';
import { auditMessages } from './audits/i18n.ts';
import { auditTemplateMessages } from './audit-templates/i18n.ts';
import { findingMessages } from './findings/i18n.ts';
import { correctiveActionMessages } from './corrective-actions/i18n.ts';
import { ratingMessages } from './ratings/i18n.ts';
import { dashboardMessages } from '../dashboard/i18n.ts';
import { todayMessages } from '../portal/today/i18n.ts';
import { statementMessages } from '../portal/statement/i18n.ts';
import { qualityMessages } from '../quality/i18n.ts';
import { paperworkMessages } from '../paperwork/i18n.ts';
import { centerClosureMessages } from './center-closures/i18n.ts';
import { equipmentMessages } from '../equipment/i18n.ts';
import { helpArticleMessages } from './help-articles/i18n.ts';
import { appointmentRequestMessages } from './appointment-requests/i18n.ts';
import { customerNoteMessages } from './customer-notes/i18n.ts';
import { complaintMessages } from './complaints/i18n.ts';
import { customerDocumentMessages } from './customer-documents/i18n.ts';
import { importMessages } from '../imports/i18n.ts';
import { reportingObligationMessages } from './reporting-obligations/i18n.ts';

/** `resources.<name>.*` labels, one module per resource. */
export const resourceMessages = {
  'work-orders': workOrderMessages,
  customers: customerMessages,
  'appointment-requests': appointmentRequestMessages,
  'customer-notes': customerNoteMessages,
  complaints: complaintMessages,
  'customer-documents': customerDocumentMessages,
  // The CSV import pages of centers, installers and customers.
  imports: importMessages,
  'reporting-obligations': reportingObligationMessages,
  vehicles: vehicleMessages,
  devices: deviceMessages,
  'unlock-codes': unlockCodeMessages,
  payments: paymentMessages,
  'payment-methods': paymentMethodMessages,
  // The calibration tracking page (it lists devices).
  calibrations: calibrationMessages,
  shipments: shipmentMessages,
  'shipment-packages': shipmentPackageMessages,
  'service-centers': serviceCenterMessages,
  installers: installerMessages,
  documents: documentMessages,
  // The onboarding board page (centers by stage).
  onboarding: onboardingMessages,
  regions: regionMessages,
  jurisdictions: jurisdictionMessages,
  users: userMessages,
  outbox: outboxMessages,
  'audit-log': auditLogMessages,
  audits: auditMessages,
  'audit-templates': auditTemplateMessages,
  findings: findingMessages,
  'corrective-actions': correctiveActionMessages,
  ratings: ratingMessages,
  // The role dashboards (the home page).
  dashboard: dashboardMessages,
  // The service-center portal's pages.
  today: todayMessages,
  statement: statementMessages,
  // The center's quality page (portal).
  quality: qualityMessages,
  // The center's paperwork page (portal).
  paperwork: paperworkMessages,
  // Closures, and the weekly hours editor and Hours page.
  'center-closures': centerClosureMessages,
  // The portal's equipment page (incoming shipments and packages of the center).
  equipment: equipmentMessages,
  // The client portal's help: FAQs, training videos, guides.
  'help-articles': helpArticleMessages,
};
