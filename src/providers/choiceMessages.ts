import type * as C from '../../server/resources/choices.ts';
import type { ROLES } from '../../server/auth/roles.ts';
import type * as A from '../resources/audits/types.ts';
import type { SEVERITIES } from '../../audits/index.ts';

/** What the server writes as an audit-log entry's `action` (server/rest/writes.ts, server/auth/routes.ts). */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'sign-in', 'sign-out', 'sign-in-failed', 'password-change', 'go-live', 'upload', 'authorize', 'complete', 'complete-refused', 'print', 'submit', 'rate', 'recompute', 'unlock-code', 'enrol', 'enrol-refused', 'verify-email', 'email-change-request', 'resolve', 'publish', 'new-version', 'retire', 'report', 'overdue', 'record-event'] as const;

type Labels<T extends readonly string[]> = Record<T[number], string>;

/** A human label for every value of every value list (keys are checked against the server's lists). */
export const choiceMessages: {
  onboardingStatus: Labels<typeof C.ONBOARDING_STATUSES>;
  workOrderType: Labels<typeof C.WORK_ORDER_TYPES>;
  workOrderStatus: Labels<typeof C.WORK_ORDER_STATUSES>;
  deviceKind: Labels<typeof C.DEVICE_KINDS>;
  deviceStatus: Labels<typeof C.DEVICE_STATUSES>;
  paymentPlan: Labels<typeof C.PAYMENT_PLANS>;
  paymentStatus: Labels<typeof C.PAYMENT_STATUSES>;
  paymentKind: Labels<typeof C.PAYMENT_KINDS>;
  customerStatus: Labels<typeof C.CUSTOMER_STATUSES>;
  trainingStatus: Labels<typeof C.TRAINING_STATUSES>;
  certificationStatus: Labels<typeof C.CERTIFICATION_STATUSES>;
  backgroundCheck: Labels<typeof C.BACKGROUND_CHECKS>;
  staffDuties: Labels<typeof C.STAFF_DUTIES>;
  trainingMethod: Labels<typeof C.TRAINING_METHODS>;
  stateNoticeChannel: Labels<typeof C.STATE_NOTICE_CHANNELS>;
  documentKind: Labels<typeof C.DOCUMENT_KINDS>;
  shipmentStatus: Labels<typeof C.SHIPMENT_STATUSES>;
  carrier: Labels<typeof C.CARRIERS>;
  billableTo: Labels<typeof C.BILLABLE_TO>;
  contactChannel: Labels<typeof C.CONTACT_CHANNELS>;
  topicChannel: Labels<typeof C.TOPIC_CHANNELS>;
  language: Labels<typeof C.LANGUAGES>;
  role: Labels<typeof ROLES>;
  auditAction: Labels<typeof AUDIT_ACTIONS>;
  auditStatus: Labels<typeof A.AUDIT_STATUSES>;
  auditKind: Labels<typeof A.AUDIT_KINDS>;
  auditBand: Labels<typeof A.AUDIT_BANDS>;
  templateKind: Labels<typeof A.TEMPLATE_KINDS>;
  templateStatus: Labels<typeof C.TEMPLATE_STATUSES>;
  severity: Labels<typeof SEVERITIES>;
  correctiveActionStatus: Labels<typeof A.CORRECTIVE_ACTION_STATUSES>;
  outboxStatus: Labels<typeof C.OUTBOX_STATUSES>;
  outboxKind: Labels<typeof C.OUTBOX_KINDS>;
  appointmentRequestKind: Labels<typeof C.APPOINTMENT_REQUEST_KINDS>;
  appointmentRequestStatus: Labels<typeof C.APPOINTMENT_REQUEST_STATUSES>;
  customerNoteCategory: Labels<typeof C.CUSTOMER_NOTE_CATEGORIES>;
  complaintCategory: Labels<typeof C.COMPLAINT_CATEGORIES>;
  complaintStatus: Labels<typeof C.COMPLAINT_STATUSES>;
  customerDocumentKind: Labels<typeof C.CUSTOMER_DOCUMENT_KINDS>;
  reportingEvent: Labels<typeof C.REPORTING_EVENTS>;
  deadlineUnit: Labels<typeof C.DEADLINE_UNITS>;
  obligationStatus: Labels<typeof C.OBLIGATION_STATUSES>;
  deviceEventKind: Labels<typeof C.DEVICE_EVENT_KINDS>;
} = {
  onboardingStatus: {
    applicant: 'Applicant',
    assessment: 'Initial assessment',
    training: 'Training',
    'state-notified': 'State notified',
    'state-inspection': 'State inspection',
    live: 'Live',
    suspended: 'Suspended',
    closed: 'Closed',
  },
  workOrderType: {
    installation: 'Installation',
    removal: 'Removal',
    'vehicle-switch': 'Vehicle switch',
    calibration: 'Calibration',
    'lockout-service': 'Lockout service',
    'handheld-exchange': 'Handheld exchange',
    'vehicle-inspection': 'Vehicle inspection',
    'cord-exchange': 'Cord exchange',
    'camera-adjustment': 'Camera adjustment',
  },
  workOrderStatus: {
    requested: 'Requested',
    scheduled: 'Scheduled',
    authorized: 'Authorised',
    'in-progress': 'In progress',
    completed: 'Completed',
    'no-show': 'No-show',
    cancelled: 'Cancelled',
  },
  deviceKind: { handset: 'Handset', relay: 'Relay', camera: 'Camera' },
  deviceStatus: {
    'in-stock': 'In stock',
    shipped: 'Shipped',
    installed: 'Installed',
    returned: 'Returned',
    retired: 'Retired',
  },
  paymentPlan: { weekly: 'Weekly', 'bi-weekly': 'Every two weeks', monthly: 'Monthly', 'bi-monthly': 'Every two months' },
  paymentStatus: { pending: 'Being charged', succeeded: 'Paid', declined: 'Declined' },
  paymentKind: { 'one-time': 'One-time', 'auto-pay': 'Auto-pay' },
  customerStatus: {
    'pending-install': 'Awaiting installation',
    active: 'Active',
    completed: 'Program completed',
    terminated: 'Terminated',
    suspended: 'Suspended',
  },
  trainingStatus: { 'not-started': 'Not started', scheduled: 'Scheduled', completed: 'Completed' },
  certificationStatus: { none: 'None', pending: 'Pending', certified: 'Certified', expired: 'Expired' },
  backgroundCheck: { 'not-required': 'Not required', pending: 'Pending', passed: 'Passed', failed: 'Failed' },
  staffDuties: { installer: 'Installer', paperwork: 'Paperwork', 'installer-and-paperwork': 'Installer and paperwork' },
  trainingMethod: { electronic: 'Electronic', 'on-site': 'On site' },
  stateNoticeChannel: { email: 'Email', mail: 'Letter', fax: 'Fax', portal: 'State portal', phone: 'Phone call' },
  documentKind: {
    'service-center-agreement': 'Service Center Agreement',
    w9: 'W-9',
    'insurance-binder': 'Insurance binder',
    'background-check-authorization': 'Background-check authorisation',
    'training-record': 'Training record',
    'state-notification': 'State notification',
    'state-inspection-report': 'State inspection report',
    other: 'Other',
    'corrective-action-evidence': 'Corrective-action evidence',
  },
  shipmentStatus: { preparing: 'Preparing', shipped: 'Shipped', delivered: 'Delivered', returned: 'Returned' },
  carrier: { UPS: 'UPS', FedEx: 'FedEx', USPS: 'USPS', DHL: 'DHL' },
  billableTo: { customer: 'Customer', provider: 'Provider' },
  contactChannel: { email: 'Email', sms: 'Text message', phone: 'Phone call', mail: 'Letter' },
  topicChannel: { email: 'Email', sms: 'Text message', phone: 'Phone call', none: 'Not at all' },
  language: { en: 'English', es: 'Spanish' },
  role: {
    admin: 'Administrator',
    compliance: 'Compliance reviewer',
    'regional-manager': 'Regional manager',
    onboarding: 'Onboarding staff',
    'center-staff': 'Service-center staff',
    customer: 'Customer',
  },
  auditAction: {
    create: 'Created',
    update: 'Changed',
    delete: 'Deleted',
    'sign-in': 'Signed in',
    'sign-out': 'Signed out',
    'sign-in-failed': 'Sign-in failed',
    'password-change': 'Changed password',
    'go-live': 'Went live',
    upload: 'Uploaded',
    authorize: 'Authorised',
    complete: 'Completed',
    'complete-refused': 'Completion refused',
    print: 'Printed',
    submit: 'Submitted',
    rate: 'Rated',
    recompute: 'Recomputed',
    'unlock-code': 'Unlock code issued',
    enrol: 'Enrolled (awaiting e-mail)',
    'enrol-refused': 'Enrolment not matched',
    'verify-email': 'Confirmed e-mail',
    'email-change-request': 'Asked to change e-mail',
    resolve: 'Resolved',
    publish: 'Published',
    'new-version': 'New version',
    retire: 'Retired',
    report: 'Reported to the state',
    overdue: 'Overdue',
    'record-event': 'Event recorded',
  },
  auditStatus: { draft: 'Draft', submitted: 'Submitted', closed: 'Closed' },
  auditKind: { initial: 'Initial assessment', annual: 'Annual audit', amending: 'Amendment' },
  auditBand: { excellent: 'Excellent', good: 'Good', complies: 'Complies (more frequent audits)', fails: 'Fails (re-audit)' },
  templateKind: { initial: 'Initial assessment', annual: 'Annual audit' },
  templateStatus: { draft: 'Draft', published: 'Published', retired: 'Retired' },
  severity: { critical: 'Critical', major: 'Major', minor: 'Minor', observation: 'Observation' },
  correctiveActionStatus: { open: 'Open', done: 'Awaiting verification', verified: 'Verified' },
  outboxStatus: { queued: 'Queued', sending: 'Sending', sent: 'Sent', failed: 'Failed' },
  outboxKind: {
    'tracking-number': 'Tracking number',
    'incoming-shipment': 'Incoming shipment (walk-in)',
    'insurance-expiring': 'Insurance expiring',
    'corrective-action-due': 'Corrective action due',
    'calibration-due': 'Calibration due',
    appointment: 'Appointment',
    'payment-receipt': 'Payment receipt',
    'payment-declined': 'Automatic payment declined',
    'verify-email': 'E-mail confirmation link',
    'account-notice': 'Account notice',
    'appointment-request': 'Appointment request answered',
    'appointment-reminder': 'Appointment reminder',
  },
  appointmentRequestKind: { installation: 'Installation', calibration: 'Calibration', 'vehicle-switch': 'Vehicle switch', removal: 'Removal' },
  appointmentRequestStatus: { requested: 'Awaiting an answer', accepted: 'Booked', declined: 'Declined' },
  customerNoteCategory: { 'out-of-state': 'Out of state', 'vehicle-in-shop': 'Vehicle in the shop', other: 'Other' },
  complaintCategory: {
    'service-quality': 'Quality of the work',
    'wait-time': 'Waiting time',
    billing: 'Billing',
    'staff-conduct': 'Staff conduct',
    other: 'Other',
  },
  complaintStatus: { open: 'Open', resolved: 'Resolved' },
  customerDocumentKind: { 'court-order': 'Court order', 'proof-of-insurance': 'Proof of insurance', 'repair-receipt': 'Repair receipt', other: 'Other' },
  reportingEvent: {
    installation: 'Installation',
    removal: 'Removal',
    tampering: 'Tampering',
    violation: 'Violation',
    'missed-service': 'Missed service',
    lockout: 'Lockout',
    'unauthorized-removal-attempt': 'Unauthorised removal attempt',
  },
  deadlineUnit: { hours: 'hours', 'calendar-days': 'calendar days', 'business-days': 'business days' },
  obligationStatus: { open: 'Open', overdue: 'Overdue', reported: 'Reported', 'reported-late': 'Reported late' },
  deviceEventKind: { tampering: 'Tampering', violation: 'Violation' },
};

export type ChoiceGroup = keyof typeof choiceMessages;
