/** The value lists of the data model, shared by the resources that use them. */
export const ONBOARDING_STATUSES = [
  'applicant',
  'assessment',
  'training',
  'state-notified',
  'state-inspection',
  'live',
  'suspended',
  'closed',
] as const;

/** Onboarding's stages before a center is live; onboarding staff edit centers only while in them. */
export const PRE_LIVE_STATUSES: readonly string[] = ONBOARDING_STATUSES.slice(0, 5);

export const WORK_ORDER_TYPES = [
  'installation',
  'removal',
  'vehicle-switch',
  'calibration',
  'lockout-service',
  'handheld-exchange',
  'vehicle-inspection',
  'cord-exchange',
  'camera-adjustment',
] as const;

export const WORK_ORDER_STATUSES = [
  'requested',
  'scheduled',
  'authorized',
  'in-progress',
  'completed',
  'no-show',
  'cancelled',
] as const;

export const DEVICE_KINDS = ['handset', 'relay', 'camera'] as const;
export const DEVICE_STATUSES = ['in-stock', 'shipped', 'installed', 'returned', 'retired'] as const;
export const PAYMENT_PLANS = ['weekly', 'bi-weekly', 'monthly', 'bi-monthly'] as const;
/** 'pending': an auto-pay charge being made (recorded before the processor is asked). */
export const PAYMENT_STATUSES = ['pending', 'succeeded', 'declined'] as const;
export const PAYMENT_KINDS = ['one-time', 'auto-pay'] as const;
export const CUSTOMER_STATUSES = ['pending-install', 'active', 'completed', 'terminated', 'suspended'] as const;
export const TRAINING_STATUSES = ['not-started', 'scheduled', 'completed'] as const;
export const CERTIFICATION_STATUSES = ['none', 'pending', 'certified', 'expired'] as const;
export const BACKGROUND_CHECKS = ['not-required', 'pending', 'passed', 'failed'] as const;
export const SHIPMENT_STATUSES = ['preparing', 'shipped', 'delivered', 'returned'] as const;
export const CARRIERS = ['UPS', 'FedEx', 'USPS', 'DHL'] as const;
export const BILLABLE_TO = ['customer', 'provider'] as const;
export const CONTACT_CHANNELS = ['email', 'sms', 'phone', 'mail'] as const;
/** What a customer hears about, each by the channel they choose for it (customers.contactPreferences). */
export const MESSAGE_TOPICS = ['appointments', 'payments', 'calibration', 'programNotices'] as const;
/** How a customer wants to hear about one topic; `none`: not at all (where the program allows). */
export const TOPIC_CHANNELS = ['email', 'sms', 'phone', 'none'] as const;
/** The languages of the client portal and of a customer's messages. */
export const LANGUAGES = ['en', 'es'] as const;
export const TEMPLATE_KINDS = ['initial', 'annual'] as const;
/** A checklist version: a draft administrators edit, published (what new audits use, never changed), retired by a newer version. */
export const TEMPLATE_STATUSES = ['draft', 'published', 'retired'] as const;
export const AUDIT_KINDS = ['initial', 'annual', 'amending'] as const;
export const AUDIT_STATUSES = ['draft', 'submitted', 'closed'] as const;
export const FINDING_SEVERITIES = ['critical', 'major', 'minor', 'observation'] as const;
export const CORRECTIVE_ACTION_STATUSES = ['open', 'done', 'verified'] as const;

/** Onboarding: who on a center's staff does what (installers and paperwork handlers are trained alike). */
export const STAFF_DUTIES = ['installer', 'paperwork', 'installer-and-paperwork'] as const;
export const TRAINING_METHODS = ['electronic', 'on-site'] as const;
export const STATE_NOTICE_CHANNELS = ['email', 'mail', 'fax', 'portal', 'phone'] as const;
/** The paperwork of a center's onboarding, uploaded on its Onboarding tab. */
export const ONBOARDING_DOCUMENT_KINDS = [
  'service-center-agreement',
  'w9',
  'insurance-binder',
  'background-check-authorization',
  'training-record',
  'state-notification',
  'state-inspection-report',
  'other',
] as const;

/** Every kind of document: the onboarding paperwork, and the evidence files of corrective actions. */
export const DOCUMENT_KINDS = [...ONBOARDING_DOCUMENT_KINDS, 'corrective-action-evidence'] as const;

/** Work orders: scheduled with the center and customer (the rest are walk-ins or provider requests). */
export const APPOINTMENT_TYPES: readonly string[] = ['installation', 'removal', 'vehicle-switch'];
/** Under five minutes, no appointment; recorded with start and end time. */
export const WALK_IN_TYPES: readonly string[] = ['calibration', 'lockout-service', 'handheld-exchange'];
/** Done at the provider's request without a customer work order, billed to the provider. */
export const PROVIDER_REQUEST_TYPES: readonly string[] = ['vehicle-inspection', 'cord-exchange', 'camera-adjustment'];

/** 'sending': claimed by a sender (a crashed sender's claim is taken over after a while). */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export const OUTBOX_KINDS = [
  'tracking-number',
  'incoming-shipment',
  'insurance-expiring',
  'corrective-action-due',
  'calibration-due',
  'appointment',
  'payment-receipt',
  'payment-declined',
  /** A link that confirms an address: a new customer account's, or a login's new e-mail. */
  'verify-email',
  /** A notice about a login: someone asked to enrol an account that exists, or its e-mail is changing. */
  'account-notice',
  'appointment-request',
  'appointment-reminder',
] as const;

/** Help articles of the client portal: questions and answers, training videos (links), longer guides. */
export const HELP_CATEGORIES = ['faq', 'video', 'guide'] as const;

/**
 * What a customer asks for from the portal: the work order's type it becomes once accepted (an
 * installation, a calibration, a move to another vehicle, a removal at the program's end).
 */
export const APPOINTMENT_REQUEST_KINDS = ['installation', 'calibration', 'vehicle-switch', 'removal'] as const satisfies readonly (typeof WORK_ORDER_TYPES)[number][];
export const APPOINTMENT_REQUEST_STATUSES = ['requested', 'accepted', 'declined'] as const;
/** What a customer's note to the monitoring authority is about. */
export const CUSTOMER_NOTE_CATEGORIES = ['out-of-state', 'vehicle-in-shop', 'other'] as const;
/** What a customer's complaint about a center or a visit is about. */
export const COMPLAINT_CATEGORIES = ['service-quality', 'wait-time', 'billing', 'staff-conduct', 'other'] as const;
/** A complaint is open until compliance resolves it (with the resolution the customer reads). */
export const COMPLAINT_STATUSES = ['open', 'resolved'] as const;
/** What a customer's program asks them to upload. */
export const CUSTOMER_DOCUMENT_KINDS = ['court-order', 'proof-of-insurance', 'repair-receipt', 'other'] as const;
/** What a state wants reported (a jurisdiction's reporting rules name them; the events create the obligations). */
export const REPORTING_EVENTS = ['installation', 'removal', 'tampering', 'violation', 'missed-service', 'lockout', 'unauthorized-removal-attempt'] as const;
/** How a reporting deadline counts: hours from the event, or to the end of the nth calendar or business day (the state's clock). */
export const DEADLINE_UNITS = ['hours', 'calendar-days', 'business-days'] as const;
/** open and overdue until reported; a report after the deadline stays visible as reported-late. */
export const OBLIGATION_STATUSES = ['open', 'overdue', 'reported', 'reported-late'] as const;
/** What staff record of an installed device (each may be owed to the state). */
export const DEVICE_EVENT_KINDS = ['tampering', 'violation'] as const;
