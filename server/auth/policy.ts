import { PRE_LIVE_STATUSES, WALK_IN_TYPES } from '../resources/choices.ts';
import { NOT_BEGUN_STATUSES, authorizeProblem, completeBlocker } from '../rules/work-orders/rules.ts';
import type { Actor, Role } from './roles.ts';

export const CRUD_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type CrudAction = (typeof CRUD_ACTIONS)[number];

/**
 * The commands of each resource, named after them: actions of the policy like read or update.
 * `stats` (the dashboards' topics) and `onboarding-board` are not tables but are granted the same way.
 */
export const COMMANDS = {
  'work-orders': ['authorize', 'start', 'complete', 'no-show', 'print'],
  'service-centers': ['go-live', 'recompute-rating', 'rating-what-if', 'upload-document'],
  'shipment-packages': ['receive'],
  'audit-templates': ['publish', 'new-version'],
  audits: ['submit'],
  devices: ['issue-unlock-code', 'record-event'],
  'corrective-actions': ['respond', 'close', 'reopen', 'upload-evidence'],
  documents: ['verify'],
  outbox: ['retry'],
  customers: ['upload-document'],
  'appointment-requests': ['accept', 'decline'],
  'customer-notes': ['acknowledge'],
  complaints: ['resolve'],
  'reporting-obligations': ['report'],
  stats: ['regional', 'compliance', 'onboarding', 'center'],
} as const satisfies Record<string, readonly string[]>;

/**
 * What a record may show of the records it refers to, granted like commands but never run:
 * `read-customer` on a work order shows its customer and vehicle (the printed sheet, the agenda,
 * the walk-in lookup); `read-statement` on a center shows what the provider owes it for a month.
 */
const VIEWS = {
  'work-orders': ['read-customer'],
  'service-centers': ['read-statement'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Resources created in bulk from a CSV file (`POST /api/imports/<resource>`): whoever may create
 * one may import them (`import`), and every row is created under the same rules as one by one.
 */
export const IMPORTABLE = ['service-centers', 'installers', 'customers'] as const;
export type Importable = (typeof IMPORTABLE)[number];
export const isImportable = (resource: string): resource is Importable => (IMPORTABLE as readonly string[]).includes(resource);

type Commands = typeof COMMANDS;
export type Command = Commands[keyof Commands][number];
export type View = (typeof VIEWS)[keyof typeof VIEWS][number];
export type Action = CrudAction | Command | View | 'import';
export type StatsTopic = Commands['stats'][number];

/**
 * Which rows of a resource an actor may see at all. Applied as a WHERE to every query of the
 * resource (lists, counts, getMany, getOne, updates, deletes), so what is out of scope is a 404.
 */
export type Scope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'equals'; column: string; value: number }
  /** Rows whose column is anything but this value (not drafts). */
  | { kind: 'not-equals'; column: string; value: string }
  | { kind: 'center-in-region'; column: string; regionId: number }
  /** Rows whose parent row (`column` → `table`.id) belongs to this center. */
  | { kind: 'center-through'; column: string; table: string; serviceCenterId: number };

/** Refused by role (403) or by the record's state (409, with the reason under the field it concerns). */
export type Decision = { allowed: true } | { allowed: false; reason: string; status: 403 | 409; errors?: Record<string, string> };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason, status: 403 });
const refuse = (reason: string, errors: Record<string, string>): Decision => ({ allowed: false, reason, status: 409, errors });

type Grant = Partial<Record<Role, readonly Action[]>>;
const R: Action[] = ['read'];
const RCU: Action[] = ['read', 'create', 'update'];
const RU: Action[] = ['read', 'update'];
const ALL: Action[] = ['read', 'create', 'update', 'delete'];
const EVERYONE = (actions: Action[]): Grant => ({ admin: actions, compliance: actions, 'regional-manager': actions, onboarding: actions, 'center-staff': actions });

/** The role table of DOMAIN.md: which role may do what to which resource (before row scope and record rules). */
const GRANTS: Record<string, Grant> = {
  // The states' rules are public: a customer reads their own state's (unlock codes, calibration interval).
  jurisdictions: { ...EVERYONE(R), admin: ALL, customer: R },
  regions: { ...EVERYONE(R), admin: ALL },
  'service-centers': {
    // A what-if rates a copy of the center's inputs with imagined changes and stores nothing.
    admin: [...ALL, 'go-live', 'recompute-rating', 'rating-what-if', 'upload-document', 'read-statement'],
    compliance: [...R, 'recompute-rating', 'rating-what-if', 'read-statement'],
    'regional-manager': [...R, 'rating-what-if'],
    onboarding: [...RCU, 'go-live', 'upload-document'],
    // Their own center: opening hours and contact details, a renewed binder or W-9, their statement.
    'center-staff': [...RU, 'upload-document', 'read-statement'],
  },
  // Center staff add their own installers and paperwork handlers; the provider trains and certifies them.
  installers: { ...EVERYONE(R), admin: ALL, onboarding: RCU, 'center-staff': ['read', 'create'] },
  // A customer reads their own program and changes their own contact details (the record rules say which).
  customers: { admin: [...ALL, 'upload-document'], compliance: [...RCU, 'upload-document'], customer: [...RU, 'upload-document'] },
  vehicles: { admin: ALL, compliance: RCU, customer: R },
  // A customer obtains unlock codes for their own device where their state allows it.
  // Tampering and violations are recorded by compliance or by the staff of the device's center (each may be owed to the state).
  devices: {
    admin: [...ALL, 'issue-unlock-code', 'record-event'],
    compliance: [...RCU, 'issue-unlock-code', 'record-event'],
    'regional-manager': R,
    'center-staff': [...R, 'record-event'],
    customer: [...R, 'issue-unlock-code'],
  },
  // Center staff serve the customer at the counter and record their walk-ins; a regional manager watches the network, not its customers.
  'work-orders': {
    admin: [...ALL, 'start', 'complete', 'no-show', 'print', 'read-customer'],
    compliance: [...RCU, 'authorize', 'start', 'complete', 'no-show', 'print', 'read-customer'],
    'regional-manager': [...R, 'print'],
    'center-staff': [...R, 'create', 'start', 'complete', 'no-show', 'print', 'read-customer'],
    customer: R,
  },
  shipments: { admin: ALL, compliance: RCU, 'regional-manager': R, 'center-staff': R },
  'shipment-packages': { admin: [...ALL, 'receive'], compliance: [...RCU, 'receive'], 'center-staff': [...R, 'receive'] },
  // When a center is closed (holidays, repairs): its own staff say so, compliance moves what was booked.
  'center-closures': { admin: ALL, compliance: ALL, 'regional-manager': R, onboarding: R, 'center-staff': ALL },
  users: { admin: ['read', 'create', 'update'] },
  'audit-log': { admin: R, compliance: R },
  // Checklists: administrators make a new version (a draft), edit it and publish it; everyone who audits reads them.
  'audit-templates': { ...EVERYONE(R), admin: [...ALL, 'publish', 'new-version'] },
  audits: { ...EVERYONE(R), admin: [...ALL, 'submit'], compliance: [...ALL, 'submit'], onboarding: [...RCU, 'submit'] },
  findings: EVERYONE(R),
  // Center staff answer their corrective actions (text and evidence); compliance closes or reopens them.
  'corrective-actions': {
    ...EVERYONE(R),
    admin: [...RU, 'close', 'reopen', 'upload-evidence'],
    compliance: [...RU, 'close', 'reopen', 'upload-evidence'],
    'center-staff': [...R, 'respond', 'upload-evidence'],
  },
  ratings: EVERYONE(R),
  // Onboarding paperwork holds tax ids and background checks: not for managers; center staff see their own center's.
  documents: { admin: ['read', 'update', 'delete', 'verify'], compliance: [...R, 'verify'], onboarding: ['read', 'update', 'delete', 'verify'], 'center-staff': R },
  outbox: { admin: [...R, 'retry'], compliance: [...R, 'retry'] },
  'unlock-codes': { admin: R, compliance: R, customer: R },
  // The client portal: a customer's own cards (brand, last four, expiry, the gateway's token) and payments.
  'payment-methods': { admin: R, compliance: R, customer: ['read', 'create', 'delete'] },
  payments: { admin: R, compliance: R, customer: ['read', 'create'] },
  // A customer asks for an appointment; compliance books it (a work order) or declines it with a reason.
  'appointment-requests': { admin: [...R, 'accept', 'decline'], compliance: [...R, 'accept', 'decline'], customer: ['read', 'create'] },
  // Notes to the monitoring authority are never edited or deleted, by anyone: compliance acknowledges them.
  'customer-notes': { admin: [...R, 'acknowledge'], compliance: [...R, 'acknowledge'], customer: ['read', 'create'] },
  // Complaints about a center or a visit, from the portal or entered by compliance; they feed the center's rating.
  complaints: { admin: ['read', 'create', 'resolve'], compliance: ['read', 'create', 'resolve'], customer: ['read', 'create'] },
  // What a customer's program asks for (court order, proof of insurance, repair receipt), uploaded with customers' upload-document.
  'customer-documents': { admin: ['read', 'delete'], compliance: R, customer: R },
  // Training videos and FAQs: data administrators and compliance edit, everyone reads.
  'help-articles': { ...EVERYONE(R), admin: ALL, compliance: RCU, customer: R },
  // What is owed to the states: created by the events, reported by compliance with the state's reference; centers and managers see theirs.
  'reporting-obligations': { admin: [...R, 'report'], compliance: [...R, 'report'], 'regional-manager': R, 'center-staff': R },
  // Each role's own dashboard topic first: where it lands.
  stats: { admin: ['regional', 'compliance', 'onboarding'], compliance: ['compliance', 'regional', 'onboarding'], 'regional-manager': ['regional'], onboarding: ['onboarding'], 'center-staff': ['center'] },
  // The board of centers by stage, with blockers: for those who read the onboarding paperwork.
  'onboarding-board': { admin: R, compliance: R, onboarding: R },
};

/** What the role table grants a role on a resource, with `import` wherever it grants creating an importable resource. */
function granted(role: Role, resource: string): readonly Action[] {
  const actions = GRANTS[resource]?.[role] ?? [];
  return isImportable(resource) && actions.includes('create') ? [...actions, 'import'] : actions;
}

/** The reasons given when a role lacks a command, where "A <role> may not <action> <resource>" would read badly. */
const NOT_GRANTED: Record<string, string> = {
  'work-orders:authorize': 'Only compliance authorises work orders',
  'work-orders:complete': 'Only administrators, compliance reviewers and the center doing the work complete work orders',
  'work-orders:start': 'Only administrators, compliance reviewers and the center doing the work start work orders',
  'work-orders:no-show': 'Only administrators, compliance reviewers and the center expecting the customer record a no-show',
  'shipment-packages:receive': 'Only the receiving center, compliance reviewers and administrators receive packages',
  'corrective-actions:respond': 'Corrective actions are answered by the staff of the center they concern',
  'corrective-actions:reopen': 'Only administrators and compliance reviewers reopen corrective actions',
  'documents:verify': 'Only administrators, compliance reviewers and onboarding staff verify documents',
  'service-centers:read-statement': "A center's statement is for its own staff, compliance reviewers and administrators",
  'work-orders:read-customer': 'The customer and vehicle of a work order are for administrators, compliance and the center serving them',
  'devices:issue-unlock-code': 'Only administrators, compliance reviewers and the customer whose device it is issue unlock codes',
  'service-centers:go-live': 'Only administrators and onboarding staff put centers live',
  'service-centers:recompute-rating': 'Only administrators and compliance reviewers recompute ratings',
  'service-centers:rating-what-if': 'Only administrators, compliance reviewers and regional managers ask what would change a rating',
  'service-centers:upload-document': 'Only administrators, onboarding staff and the center itself upload its documents',
  'outbox:retry': 'Only administrators and compliance reviewers retry messages',
  'audits:submit': 'Only administrators, compliance reviewers and onboarding staff submit audits',
  'audit-templates:publish': 'Only administrators publish checklists',
  'audit-templates:new-version': 'Only administrators make new versions of checklists',
  'appointment-requests:accept': 'Only compliance reviewers and administrators book appointment requests',
  'appointment-requests:decline': 'Only compliance reviewers and administrators decline appointment requests',
  'customer-notes:update': 'Notes to the monitoring authority are never edited',
  'customer-notes:delete': 'Notes to the monitoring authority are never deleted',
  'customer-notes:acknowledge': 'Only compliance reviewers and administrators acknowledge notes',
  'complaints:resolve': 'Only compliance reviewers and administrators resolve complaints',
  'reporting-obligations:report': 'Only compliance reviewers and administrators report to the state',
  'devices:record-event': "Only administrators, compliance reviewers and the staff of the device's center record tampering and violations",
  'customers:upload-document': "Only the customer, compliance reviewers and administrators upload a customer's documents",
  'service-centers:import': 'Only administrators and onboarding staff import service centers',
  'installers:import': 'Only administrators, onboarding staff and center staff import installers',
  'customers:import': 'Only administrators and compliance reviewers import customers',
};

/** Resources whose rows belong to a service center through this column. */
const CENTER_COLUMN: Record<string, string> = {
  'service-centers': 'id',
  installers: 'serviceCenterId',
  devices: 'serviceCenterId',
  'work-orders': 'serviceCenterId',
  shipments: 'serviceCenterId',
  audits: 'serviceCenterId',
  findings: 'serviceCenterId',
  'corrective-actions': 'serviceCenterId',
  ratings: 'serviceCenterId',
  documents: 'serviceCenterId',
  'center-closures': 'serviceCenterId',
  'appointment-requests': 'serviceCenterId',
  complaints: 'serviceCenterId',
  'reporting-obligations': 'serviceCenterId',
};

/** Resources whose rows belong to a customer through this column: what a customer's own login reads. */
const CUSTOMER_COLUMN: Record<string, string> = {
  customers: 'id',
  vehicles: 'customerId',
  devices: 'customerId',
  'work-orders': 'customerId',
  'unlock-codes': 'customerId',
  'payment-methods': 'customerId',
  payments: 'customerId',
  'appointment-requests': 'customerId',
  'customer-notes': 'customerId',
  complaints: 'customerId',
  'customer-documents': 'customerId',
};

/** Resources whose rows are drafts until this yes/no column says published: only the roles that may update them see drafts. */
const PUBLISHED_COLUMN: Record<string, string> = {
  'help-articles': 'published',
};
/** Resources whose drafts are rows with this value in this column: only the roles that may update them see drafts. */
const DRAFT_STATUS: Record<string, { column: string; value: string }> = {
  'audit-templates': { column: 'status', value: 'draft' },
};
/** What a customer's new record belongs to when they leave it out: themselves (nothing for staff). */
export function ownRecordDefaults(actor: Actor, resource: string): Record<string, number> {
  const column = CUSTOMER_COLUMN[resource];
  return actor.role === 'customer' && actor.customerId != null && column && column !== 'id' ? { [column]: actor.customerId } : {};
}

/** Resources whose rows belong to a service center through a parent row: packages through their shipment. */
const CENTER_THROUGH: Record<string, { column: string; table: string }> = {
  'shipment-packages': { column: 'shipmentId', table: 'shipments' },
};

/** How a resource's rows belong to a service center: by a column of their own, through a parent row, or not at all. */
export type CenterLink = { kind: 'column'; column: string } | { kind: 'through'; column: string; table: string };

export function centerLinkOf(resource: string): CenterLink | undefined {
  if (CENTER_COLUMN[resource]) return { kind: 'column', column: CENTER_COLUMN[resource] };
  if (CENTER_THROUGH[resource]) return { kind: 'through', ...CENTER_THROUGH[resource] };
  return undefined;
}

/** Every action that exists on a resource: CRUD, then its commands. */
export const actionsOf = (resource: string): readonly Action[] => [...CRUD_ACTIONS, ...((COMMANDS as Record<string, readonly Command[]>)[resource] ?? [])];

export function scopeOf(actor: Actor, resource: string): Scope {
  if (!GRANTS[resource]?.[actor.role]?.includes('read')) return { kind: 'none' };
  const published = PUBLISHED_COLUMN[resource];
  if (published && !GRANTS[resource][actor.role]?.includes('update')) return { kind: 'equals', column: published, value: 1 };
  const drafts = DRAFT_STATUS[resource];
  if (drafts && !GRANTS[resource][actor.role]?.includes('update')) return { kind: 'not-equals', ...drafts };
  if (actor.role === 'customer') {
    // a customer's own records, and the data that is everyone's (the states' rules)
    const column = CUSTOMER_COLUMN[resource];
    if (!column) return CENTER_COLUMN[resource] || CENTER_THROUGH[resource] ? { kind: 'none' } : { kind: 'all' };
    return actor.customerId == null ? { kind: 'none' } : { kind: 'equals', column, value: actor.customerId };
  }
  const through = CENTER_THROUGH[resource];
  if (through && actor.role === 'center-staff') {
    if (actor.serviceCenterId === null) return { kind: 'none' };
    return { kind: 'center-through', ...through, serviceCenterId: actor.serviceCenterId };
  }
  // No role bound to a region is granted rows kept through a parent.
  if (through && actor.role === 'regional-manager') return { kind: 'none' };
  const centerColumn = CENTER_COLUMN[resource];
  if (actor.role === 'regional-manager' && centerColumn) {
    if (actor.regionId === null) return { kind: 'none' };
    if (resource === 'service-centers') return { kind: 'equals', column: 'regionId', value: actor.regionId };
    return { kind: 'center-in-region', column: centerColumn, regionId: actor.regionId };
  }
  if (actor.role === 'center-staff' && centerColumn) {
    if (actor.serviceCenterId === null) return { kind: 'none' };
    return { kind: 'equals', column: centerColumn, value: actor.serviceCenterId };
  }
  return { kind: 'all' };
}

type Values = Record<string, unknown>;

/** A service center a record belongs to (before or after the change), as the record rules need it. */
export interface CenterFacts {
  id: number;
  onboardingStatus: string;
}

/** What the record rules look at: the stored record, the change asked for, and the centers both belong to. */
export interface Facts {
  record?: Values;
  changes?: Values;
  centers?: readonly CenterFacts[];
}

/** The app a signed-in user opens: a customer their own portal, staff the back office. */
export function homeOf(actor: Actor): '/portal/' | '/' {
  return actor.role === 'customer' ? '/portal/' : '/';
}

/**
 * Why a login's tie to a customer does not fit its role, under the field, or null: a customer's own
 * login belongs to exactly one customer, a staff login to none.
 */
export function customerLoginProblem(role: unknown, customerId: unknown): Record<string, string> | null {
  if (role === 'customer' && customerId == null) return { customerId: 'A customer login belongs to a customer' };
  if (role !== 'customer' && customerId != null) return { customerId: 'Only a customer login belongs to a customer' };
  return null;
}

/**
 * What a customer changes of their own record: how to reach them and how often and how they pay
 * (not their balance, plan price, case or program; their e-mail is changed by re-verification).
 */
export const CUSTOMER_PROFILE_FIELDS: readonly string[] = [
  'phone',
  'street',
  'city',
  'state',
  'postalCode',
  'preferredChannel',
  'remindersOptIn',
  'contactPreferences',
  'language',
  'paymentPlan',
  'autoPay',
  'autoPayMethodId',
];

/** What center staff change of their own center: opening hours and how to reach them. */
export const CENTER_STAFF_CENTER_FIELDS: readonly string[] = ['openingHours', 'hours', 'phone', 'email', 'contacts'];
/** The documents center staff upload for their own center: a renewed insurance binder, a W-9. */
export const CENTER_STAFF_DOCUMENT_KINDS: readonly string[] = ['insurance-binder', 'w9'];
/** What an installer added by their center starts as: the provider checks, trains and certifies. */
const NEW_INSTALLER: Record<string, readonly unknown[]> = {
  trainingStatus: ['not-started'],
  certificationStatus: ['none', 'pending'],
  backgroundCheck: ['pending'],
  trainedOn: [null],
  certificationExpiresOn: [null],
};

export const WALK_INS_ONLY = 'Installations, removals and vehicle switches are booked by the provider; centers record walk-ins (calibrations, lockout services, handheld exchanges)';

export const READ_ONLY_AUDIT = 'A submitted audit is read-only; record corrections in an amending audit';

export const DEVICE_STATUS_BY_COMMAND = 'A device is installed and removed by completing its work order, not by an edit';
export const ACTIVE_CUSTOMER_JURISDICTION = "An active customer's jurisdiction is the court's: end or remove the program before moving them to another state";

const isPreLive = (status: unknown) => PRE_LIVE_STATUSES.includes(String(status));

/** The reach of each role over service centers, for anything but reading (reads are scoped by `scopeOf`). */
function centerReach(actor: Actor, action: Action, resource: string, centers: readonly CenterFacts[]): Decision {
  if (action === 'read' || !centerLinkOf(resource)) return ALLOW;
  // A live center's renewed binder or W-9 is verified by onboarding staff too.
  if (actor.role === 'onboarding' && action !== 'verify' && centers.some((c) => !isPreLive(c.onboardingStatus))) {
    if (action === 'go-live') return deny('Onboarding staff put new centers live; reinstating a suspended or closed center is for administrators');
    if (resource === 'service-centers' && action === 'update') return deny('Onboarding staff edit only centers that are not live yet');
    if (resource === 'documents' || action === 'upload-document') return deny('Onboarding staff add or change documents only of centers that are not live yet');
    return deny('Onboarding staff act only on centers that are not live yet');
  }
  if (actor.role === 'center-staff' && centers.some((c) => c.id !== actor.serviceCenterId)) {
    return deny('Center staff act only on their own center');
  }
  return ALLOW;
}

/** Rules that depend on the record's state and the change, beyond the role table and the center reach. */
function recordRules(actor: Actor, action: Action, resource: string, { record, changes }: Facts): Decision {
  if (actor.role === 'center-staff') {
    const refused = centerStaffRules(action, resource, changes);
    if (!refused.allowed) return refused;
  }
  const ownColumn = CUSTOMER_COLUMN[resource];
  if (actor.role === 'customer' && action === 'create' && ownColumn && changes && ownColumn in changes && changes[ownColumn] !== actor.customerId) {
    return deny('You add records of your own only');
  }
  if (actor.role === 'customer' && resource === 'customers' && action === 'update' && changes && Object.keys(changes).some((field) => !CUSTOMER_PROFILE_FIELDS.includes(field))) {
    return deny('You change your contact details and how you pay here; your program, plan price, balance and e-mail are changed otherwise');
  }
  if (resource === 'service-centers') {
    if (actor.role !== 'admin' && changes && 'priceList' in changes && (action === 'update' || (changes.priceList as unknown[] | null)?.length)) {
      return deny('Only administrators change price lists');
    }
    const target = changes?.onboardingStatus;
    // Going live is refused to every role here (409 from the resource's check): it is the go-live command's.
    if (actor.role === 'onboarding' && target !== undefined && target !== 'live' && !isPreLive(target)) {
      return deny('Suspending or closing a center is not an onboarding step');
    }
    if (action === 'go-live' && record?.onboardingStatus === 'live') return refuse('This center is already live', { onboardingStatus: 'Already live' });
  }
  if (resource === 'audits') {
    const kind = changes?.kind ?? record?.kind;
    if (actor.role === 'onboarding' && action !== 'read' && kind !== undefined && kind !== 'initial') return deny('Onboarding staff record initial assessments only');
    if (record?.status !== undefined && record.status !== 'draft') {
      if (action === 'submit') return refuse('This audit was already submitted; record corrections in an amending audit', { status: 'Not a draft' });
      if (action === 'update') return refuse(READ_ONLY_AUDIT, { status: 'Not a draft' });
      if (action === 'delete') return refuse('Only a draft audit can be deleted; record corrections in an amending audit', { status: 'Not a draft' });
    }
  }
  if (resource === 'audit-templates' && record?.status !== undefined) {
    const refused = checklistRules(action, String(record.status));
    if (!refused.allowed) return refused;
  }
  if (resource === 'corrective-actions' && action === 'update') {
    // Compliance follows corrective actions up: moving a due date is theirs alone (with a reason, checked by the resource).
    if (actor.role !== 'compliance' && changes?.dueDate !== undefined && changes.dueDate !== (record?.dueDate ?? null)) {
      return deny("Only compliance reviewers move a corrective action's due date");
    }
    if (changes?.status !== undefined && changes.status !== 'open') return decide(actor, 'close', resource);
  }
  if (resource === 'work-orders' && record) {
    const order = { type: String(record.type), status: String(record.status), authorizedAt: (record.authorizedAt as string | null) ?? null };
    if ((action === 'start' || action === 'no-show') && !NOT_BEGUN_STATUSES.includes(String(record.status))) {
      const reason = action === 'start' ? `This work order is ${order.status}: only booked work can start` : `This work order is ${order.status}: only booked work can be a no-show`;
      return refuse(reason, { status: reason });
    }
    if (action === 'authorize') {
      const problem = authorizeProblem(order);
      if (problem) return refuse(problem, { status: problem });
    }
    if (action === 'complete') {
      const blocker = completeBlocker(order);
      if (blocker) return refuse(blocker.message, { [blocker.field]: blocker.message });
    }
  }
  // The unlock-code limits hold for the device and customer as they are: what they count is not edited around.
  if (resource === 'devices' && action === 'update' && record && changes?.status !== undefined && (changes.status === 'installed' || record.status === 'installed')) {
    return refuse(DEVICE_STATUS_BY_COMMAND, { status: DEVICE_STATUS_BY_COMMAND });
  }
  if (resource === 'customers' && action === 'update' && record?.status === 'active' && changes?.jurisdictionId !== undefined) {
    return refuse(ACTIVE_CUSTOMER_JURISDICTION, { jurisdictionId: ACTIVE_CUSTOMER_JURISDICTION });
  }
  if (resource === 'shipment-packages' && action === 'receive' && record && record.receivedAt != null) {
    const reason = `This package was already received (${String(record.receivedAt)})`;
    return refuse(reason, { receivedAt: reason });
  }
  if (resource === 'corrective-actions' && record) {
    if (action === 'respond' && record.status !== 'open') {
      const reason = 'This corrective action was already answered: compliance verifies it or reopens it';
      return refuse(reason, { status: reason });
    }
    if (action === 'close' && record.status === 'verified') {
      const reason = 'This corrective action is closed already';
      return refuse(reason, { status: reason });
    }
    if (action === 'reopen' && record.status === 'open') {
      const reason = 'This corrective action is open already';
      return refuse(reason, { status: reason });
    }
  }
  if (resource === 'documents' && action === 'verify' && record && record.verifiedAt != null) {
    const reason = `This document was already verified (${String(record.verifiedAt)})`;
    return refuse(reason, { verifiedAt: reason });
  }
  if (resource === 'appointment-requests' && (action === 'accept' || action === 'decline') && record && record.status !== 'requested') {
    const reason = `This request was already ${String(record.status)}`;
    return refuse(reason, { status: reason });
  }
  if (resource === 'customer-notes' && action === 'acknowledge' && record && record.acknowledgedAt != null) {
    const reason = `This note was already acknowledged (${String(record.acknowledgedAt)})`;
    return refuse(reason, { acknowledgedAt: reason });
  }
  if (resource === 'complaints' && action === 'resolve' && record?.status === 'resolved') {
    const reason = `This complaint was already resolved (${String(record.resolvedAt)})`;
    return refuse(reason, { status: reason });
  }
  if (resource === 'reporting-obligations' && action === 'report' && record && record.reportedAt != null) {
    const reason = `This obligation was already reported (${String(record.reportedAt)}, reference ${String(record.reference)})`;
    return refuse(reason, { reportedAt: reason });
  }
  if (resource === 'devices' && action === 'record-event' && record && (record.status !== 'installed' || record.customerId == null)) {
    const reason = `Tampering and violations are recorded on an installed device; this one is ${String(record.status)}`;
    return refuse(reason, { status: reason });
  }
  if (resource === 'outbox' && action === 'retry' && record && record.status !== 'failed') {
    const reason = `Only a failed message can be retried; this one is ${String(record.status)}`;
    return refuse(reason, { status: reason });
  }
  return ALLOW;
}

export const PUBLISHED_CHECKLIST = 'A published checklist is never changed: make a new version';

/** A checklist version is edited, deleted and published while a draft only; new versions are made of published ones. */
function checklistRules(action: Action, status: string): Decision {
  if (status !== 'draft' && (action === 'update' || action === 'delete')) return refuse(PUBLISHED_CHECKLIST, { status: PUBLISHED_CHECKLIST });
  if (status !== 'draft' && action === 'publish') {
    const reason = `This version is ${status} already`;
    return refuse(reason, { status: reason });
  }
  if (status === 'draft' && action === 'new-version') {
    const reason = 'This version is a draft: edit it and publish it';
    return refuse(reason, { status: reason });
  }
  return ALLOW;
}

/** What center staff may not do even at their own center: book appointments, change the agreement, certify their own people. */
function centerStaffRules(action: Action, resource: string, changes: Values | undefined): Decision {
  if (resource === 'work-orders' && action === 'create' && changes?.type !== undefined && !WALK_IN_TYPES.includes(String(changes.type))) return deny(WALK_INS_ONLY);
  if (resource === 'service-centers' && action === 'update' && changes && Object.keys(changes).some((field) => !CENTER_STAFF_CENTER_FIELDS.includes(field))) {
    return deny('Center staff change their opening hours and contact details; the rest of the agreement is the provider’s');
  }
  if (resource === 'service-centers' && action === 'upload-document' && changes?.kind !== undefined && !CENTER_STAFF_DOCUMENT_KINDS.includes(String(changes.kind))) {
    return deny('Center staff upload a renewed insurance binder or a W-9; the other paperwork comes through onboarding');
  }
  if (resource === 'installers' && action === 'create' && changes && Object.entries(NEW_INSTALLER).some(([field, allowed]) => field in changes && !allowed.includes(changes[field]))) {
    return deny('A new installer starts with a background check pending and no training: the provider trains and certifies');
  }
  return ALLOW;
}

/**
 * The one permission policy: may this actor take this action (CRUD or command) on this resource,
 * and, when the facts are given, on this record with this change, at these centers? Row scope
 * is applied separately by `scopeOf` (what is out of scope is never found).
 */
export function decide(actor: Actor, action: Action, resource: string, facts: Facts = {}): Decision {
  if (!granted(actor.role, resource).includes(action)) {
    return deny(NOT_GRANTED[`${resource}:${action}`] ?? `A ${actor.role} may not ${action} ${resource}`);
  }
  // A center record is its own center; other records' centers are looked up by the caller (rest/authorize.ts).
  const centers = resource === 'service-centers' && facts.record ? [{ id: Number(facts.record.id), onboardingStatus: String(facts.record.onboardingStatus) }] : (facts.centers ?? []);
  const reach = centerReach(actor, action, resource, centers);
  return reach.allowed ? recordRules(actor, action, resource, facts) : reach;
}

/**
 * What the SPA needs to show and hide: for every resource, the actions (CRUD and commands) this
 * actor may take, in the order of the grant (a role's own dashboard topic first).
 */
export function permissionsOf(actor: Actor): Record<string, Action[]> {
  return Object.fromEntries(Object.keys(GRANTS).map((resource) => [resource, [...granted(actor.role, resource)]]));
}
