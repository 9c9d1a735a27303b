import type { Generated, Insertable, Selectable } from 'kysely';
import type { AnyField, FieldKind, FieldMap } from '../resources/fields.ts';
import type { appointmentRequests } from '../resources/appointment-requests.ts';
import type { auditLog } from '../resources/audit-log.ts';
import type { auditTemplates, audits, correctiveActions, findings, ratings } from '../resources/audits.ts';
import type { centerClosures } from '../resources/center-closures.ts';
import type { customerNotes } from '../resources/customer-notes.ts';
import type { complaints } from '../resources/complaints.ts';
import type { customerDocuments } from '../resources/customer-documents.ts';
import type { customers } from '../resources/customers.ts';
import type { devices } from '../resources/devices.ts';
import type { documents } from '../resources/documents.ts';
import type { helpArticles } from '../resources/help-articles.ts';
import type { installers } from '../resources/installers.ts';
import type { jurisdictions } from '../resources/jurisdictions.ts';
import type { reportingObligations } from '../resources/reporting-obligations.ts';
import type { outbox } from '../resources/outbox.ts';
import type { paymentMethods } from '../resources/payment-methods.ts';
import type { payments } from '../resources/payments.ts';
import type { regions } from '../resources/regions.ts';
import type { serviceCenters } from '../resources/service-centers.ts';
import type { shipmentPackages } from '../resources/shipment-packages.ts';
import type { shipments } from '../resources/shipments.ts';
import type { unlockCodes } from '../resources/unlock-codes.ts';
import type { users } from '../resources/users.ts';
import type { vehicles } from '../resources/vehicles.ts';
import type { workOrders } from '../resources/work-orders.ts';

/** How a field kind is stored on both databases (see the migrations): booleans as 0/1, dates and JSON as text. */
interface Stored {
  int: number;
  real: number;
  text: string;
  bool: number;
  date: string;
  datetime: string;
  json: string;
}

/** The stored type of a field: null unless the field is required. */
type ColumnOf<F extends AnyField> = Stored[F['kind'] & FieldKind] | (F['isRequired'] extends true ? never : null);

/** The columns of a field map. */
type ColumnsOf<F extends FieldMap> = { [K in keyof F]: ColumnOf<F[K]> };

/** The server's bookkeeping columns (BASE_COLUMNS); a resource's `baseColumns` keeps some of them. */
interface Bookkeeping {
  id: Generated<number>;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** The table of a resource whose table is this key of Tables: its bookkeeping columns `B` and its fields. */
type TableOf<R extends { table: keyof Tables; fields: FieldMap }, B extends keyof Bookkeeping = keyof Bookkeeping> = Pick<Bookkeeping, B> &
  ColumnsOf<R['fields']>;

/**
 * The database as the server's typed queries see it: the resources' tables derived from their
 * field maps, their server-only columns, and the tables no resource exposes. Migrations keep
 * `Kysely<any>` (the schema they build changes over time).
 */
export interface Tables {
  jurisdictions: TableOf<typeof jurisdictions>;
  regions: TableOf<typeof regions>;
  serviceCenters: TableOf<typeof serviceCenters>;
  installers: TableOf<typeof installers>;
  customers: TableOf<typeof customers>;
  vehicles: TableOf<typeof vehicles>;
  devices: TableOf<typeof devices>;
  workOrders: TableOf<typeof workOrders>;
  /** `consolidationKey`: "<centerId>:<shipDate>" while a consolidated shipment is being prepared. */
  shipments: TableOf<typeof shipments> & { consolidationKey: string | null };
  shipmentPackages: TableOf<typeof shipmentPackages>;
  users: TableOf<typeof users> & { passwordHash: string };
  auditLog: TableOf<typeof auditLog, 'id'>;
  /** No edit counter: the `version` field is the template's version. */
  auditTemplates: TableOf<typeof auditTemplates, 'id' | 'createdAt' | 'updatedAt'>;
  audits: TableOf<typeof audits>;
  findings: TableOf<typeof findings>;
  correctiveActions: TableOf<typeof correctiveActions>;
  ratings: TableOf<typeof ratings>;
  documents: TableOf<typeof documents>;
  /** A document's bytes (base64), apart from its metadata. */
  documentFiles: Bookkeeping & { documentId: number; data: string };
  outbox: TableOf<typeof outbox>;
  unlockCodes: TableOf<typeof unlockCodes> & { codeHash: string };
  /** `id` is the SHA-256 of the session cookie's token. */
  sessions: { id: string; userId: number; createdAt: string; lastSeenAt: string; revokedAt: string | null };
  /** Counted sign-in attempts per key ("pair:<address>:<email>", "address:<address>", "account:<email>", "password:<user id>"). */
  centerClosures: TableOf<typeof centerClosures>;
  helpArticles: TableOf<typeof helpArticles>;
  /** `gatewayToken`: the processor's token of the card (never in an answer). */
  paymentMethods: TableOf<typeof paymentMethods> & { gatewayToken: string };
  payments: TableOf<typeof payments>;
  signInFailures: { key: string; failures: number; firstFailureAt: string; lockedUntil: string | null };
  /** A link that confirms a login's e-mail (`purpose` enrol or email-change): only the token's SHA-256 is kept. */
  emailVerifications: Bookkeeping & { userId: number; purpose: string; newEmail: string; tokenHash: string; expiresAt: string; usedAt: string | null };
  appointmentRequests: TableOf<typeof appointmentRequests>;
  customerNotes: TableOf<typeof customerNotes>;
  complaints: TableOf<typeof complaints>;
  customerDocuments: TableOf<typeof customerDocuments>;
  reportingObligations: TableOf<typeof reportingObligations>;
  /** A customer document's bytes (base64), apart from its metadata. */
  customerDocumentFiles: Bookkeeping & { customerDocumentId: number; data: string };
  /** The dashboards' summaries (server/db/summaries), written by their triggers only. */
  workOrderDays: { serviceCenterId: number; day: string } & Record<'workOrders' | 'completed' | 'walkIns' | 'workOrdersUpTo' | 'completedUpTo' | 'walkInsUpTo', number>;
  ratingTrend: { regionId: number; month: string; scoreUnits: number; centers: number };
  lockoutDays: { jurisdictionId: number; lockoutOn: string; devices: number };
  latestAudits: { serviceCenterId: number; auditId: number; auditDate: string; band: string | null; nextAuditDue: string | null };
}

/** A row of a table as a query selects it. */
export type Row<T extends keyof Tables> = Selectable<Tables[T]>;

/** A row of a table as an insert takes it (generated and nullable columns optional). */
export type NewRow<T extends keyof Tables> = Insertable<Tables[T]>;
