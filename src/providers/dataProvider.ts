import jsonServerProvider from 'ra-data-json-server';
import { useDataProvider, type DataProvider, type Identifier } from 'react-admin';
import type { Decision } from '../../server/auth/policy.ts';
import type { PrintedWorkOrder } from '../../server/rules/work-orders/commands.ts';
import type { WorkOrderSheet } from '../../server/rules/work-orders/sheet.ts';
import type { Agenda } from '../../server/rules/portal/agenda.ts';
import type { Statement } from '../../server/rules/portal/statement.ts';
import type { RatingWhatIf } from '../../server/audits/what-if.ts';
import type { WhatIfChanges } from '../../audits/index.ts';
import type { AppointmentRequest, Audit, AuditTemplateRecord, Complaint, CorrectiveAction, CustomerNote, DocumentRecord, OutboxMessage, RatingRecord, ReportingObligation, ServiceCenter, UnlockCode, WorkOrder } from '../../server/resources/types.ts';
import type { DEVICE_EVENT_KINDS } from '../../server/resources/choices.ts';
import type { AppointmentToMove } from '../../server/rules/availability/to-move.ts';
import type { Receipt } from '../../server/rules/shipments/receive.ts';
import type { WalkInCustomer } from '../../server/rules/work-orders/walk-in-lookup.ts';
import type { ImportTemplate } from '../../server/rules/imports/template.ts';
import type { ImportResult } from '../../server/rules/imports/routes.ts';
import { httpClient } from './httpClient.ts';

type DeviceEventKind = (typeof DEVICE_EVENT_KINDS)[number];

/** The dry run of one record (GET /api/<resource>/<id>/actions): for every action, the server's decision. */
export type Decisions = Record<string, Decision>;

/** POST /api/work-orders/:id/complete: start and end of the work (ISO instants; the server fills what is left out). */
export interface CompletionTimes {
  startedAt?: string | null;
  completedAt?: string | null;
}

/** POST /api/work-orders/:id/start: when the customer arrived and the work started (ISO instants; now when left out). */
export interface StartTimes {
  arrivedAt?: string | null;
  startedAt?: string | null;
}

/** GET /api/walk-ins/customers: by a device's serial or by name, one of them. */
export type WalkInSearch = { serial: string } | { name: string };

/** POST /api/service-centers/:id/documents: one onboarding document, its bytes base64-encoded. */
export interface DocumentUpload {
  kind: string;
  fileName: string;
  contentType: string;
  data: string;
  installerId: number | null;
  notes: string | null;
  /** A renewed insurance binder's expiry (YYYY-MM-DD). */
  expiresOn?: string | null;
}

/** POST /api/appointment-requests/:id/accept: the work order's time, vehicle and notes for the center (the request's when left out). */
export interface Booking {
  scheduledAt?: string;
  vehicleId?: number | null;
  notes?: string | null;
  version?: number;
}

/** POST /api/devices/:id/unlock-codes: the code, shown this once, and the stored row (without it). */
export interface IssuedUnlockCode {
  code: string;
  expiresAt: string;
  unlockCode: UnlockCode;
}

const path = (resource: string, id: Identifier, command: string) => `${resource}/${encodeURIComponent(String(id))}/${command}`;

/** GET /api/<path>: the answer's JSON. */
async function get<T>(url: string): Promise<{ data: T }> {
  const { json } = await httpClient(`/api/${url}`);
  return { data: json as T };
}

/** POST /api/<path>: the answer's JSON, or an HttpError whose body carries the reason (403, 409) or field errors (400). */
async function post<T>(url: string, body: object = {}): Promise<{ data: T }> {
  const { json } = await httpClient(`/api/${url}`, { method: 'POST', body: JSON.stringify(body) });
  return { data: json as T };
}

/**
 * The json-server dialect for the resources, and one typed method per command of the API. A
 * refused command rejects with react-admin's HttpError: `body` is `{ message, errors }`.
 */
export const dataProvider = {
  ...jsonServerProvider('/api', httpClient),
  /** A read-only endpoint of the API, e.g. `get('onboarding/board')`. */
  get,
  /**
   * A dashboard aggregate (`GET /api/stats/<name>?<params>`, server/stats/types.ts); parameters
   * left undefined are not sent (the server's defaults apply).
   */
  async stats<T>(name: string, params: Record<string, string | number | undefined> = {}): Promise<{ data: T }> {
    const query = new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    const search = query.toString();
    return get<T>(`stats/${name}${search ? `?${search}` : ''}`);
  },
  /** The dry run: what the signed-in user may do to this record now, and why not. */
  actions: (resource: string, id: Identifier) => get<Decisions>(path(resource, id, 'actions')),
  authorizeWorkOrder: (id: Identifier) => post<WorkOrder>(path('work-orders', id, 'authorize')),
  startWorkOrder: (id: Identifier, times: StartTimes) => post<WorkOrder>(path('work-orders', id, 'start'), times),
  /** Once the appointment's time has passed (409 before). */
  markNoShow: (id: Identifier) => post<WorkOrder>(path('work-orders', id, 'no-show')),
  /** The customers a walk-in may be for, with their vehicles and installed devices. */
  findWalkInCustomers: (search: WalkInSearch) => get<WalkInCustomer[]>(`walk-ins/customers?${new URLSearchParams(search).toString()}`),
  completeWorkOrder: (id: Identifier, times: CompletionTimes) => post<WorkOrder & { warnings: string[] }>(path('work-orders', id, 'complete'), times),
  /** Each call is a print, recorded in the audit log. */
  printWorkOrder: (id: Identifier) => post<PrintedWorkOrder>(path('work-orders', id, 'print')),
  /** What the printed sheet shows, read without printing (nothing is logged). */
  workOrderSheet: (id: Identifier) => get<WorkOrderSheet>(path('work-orders', id, 'sheet')),
  /** A center's appointments scheduled in [from, to) (ISO instants, at most 31 days apart). */
  agenda: (centerId: Identifier, { from, to }: { from: string; to: string }) =>
    get<Agenda>(`${path('service-centers', centerId, 'agenda')}?${new URLSearchParams({ from, to }).toString()}`),
  /** A center's completed services of a month (`YYYY-MM`, UTC) with their prices and the totals. */
  statement: (centerId: Identifier, month: string) => get<Statement>(`${path('service-centers', centerId, 'statement')}?${new URLSearchParams({ month }).toString()}`),
  goLive: (id: Identifier) => post<ServiceCenter>(path('service-centers', id, 'go-live')),
  recomputeRating: (id: Identifier) => post<RatingRecord>(path('service-centers', id, 'rating')),
  /** The center's rating now and with the imagined changes, and the three changes that would raise it most (nothing is stored). */
  ratingWhatIf: (id: Identifier, changes: WhatIfChanges) => post<RatingWhatIf>(`${path('service-centers', id, 'rating')}/what-if`, changes),
  uploadDocument: (centerId: Identifier, upload: DocumentUpload) => post<DocumentRecord>(path('service-centers', centerId, 'documents'), upload),
  /** Attaches a file (PDF, PNG, JPEG) as a corrective action's evidence. */
  uploadEvidence: (actionId: Identifier, upload: Omit<DocumentUpload, 'kind' | 'installerId' | 'expiresOn'>) => post<DocumentRecord>(path('corrective-actions', actionId, 'evidence'), upload),
  /** The center's answer to a corrective action: it then awaits verification. */
  respondToAction: (id: Identifier, body: { response: string; version?: number }) => post<CorrectiveAction>(path('corrective-actions', id, 'respond'), body),
  /** Compliance closes (verifies) a corrective action, with an optional comment. */
  closeAction: (id: Identifier, body: { comment: string | null; version?: number }) => post<CorrectiveAction>(path('corrective-actions', id, 'close'), body),
  /** Compliance reopens a corrective action, saying why (the center sees it). */
  reopenAction: (id: Identifier, body: { comment: string; version?: number }) => post<CorrectiveAction>(path('corrective-actions', id, 'reopen'), body),
  /** A center's renewed binder or W-9 counts from now: the center's dates follow it. */
  verifyDocument: (id: Identifier, version?: number) => post<DocumentRecord>(path('documents', id, 'verify'), { version }),
  /** Compliance resolves an open complaint, saying what was done (the customer reads it). */
  resolveComplaint: (id: Identifier, body: { resolution: string; version?: number }) => post<Complaint>(path('complaints', id, 'resolve'), body),
  /** A draft copy of a published checklist, numbered after its highest version (409 while a draft of it exists). */
  newTemplateVersion: (id: Identifier, version?: number) => post<AuditTemplateRecord>(path('audit-templates', id, 'new-version'), { version }),
  /** The draft becomes the checklist new audits use; a 400 names under `errors` what the engine refuses. */
  publishTemplate: (id: Identifier, version?: number) => post<AuditTemplateRecord>(path('audit-templates', id, 'publish'), { version }),
  /** A 409 names the unanswered items in `errors.answers`. */
  submitAudit: (id: Identifier) => post<Audit>(path('audits', id, 'submit')),
  issueUnlockCode: (deviceId: Identifier, { reason }: { reason: string | null }) => post<IssuedUnlockCode>(path('devices', deviceId, 'unlock-codes'), { reason }),
  /** `recipient`: the address to send to, for a message that had none on file. */
  retryMessage: (id: Identifier, { recipient }: { recipient?: string }) => post<OutboxMessage>(path('outbox', id, 'retry'), recipient ? { recipient } : {}),
  /** The booked appointments on a closure (to move), or on every closure not over yet. */
  closureAppointments: (closureId?: Identifier) =>
    get<{ data: AppointmentToMove[]; total: number }>(closureId === undefined ? 'center-closures/appointments' : path('center-closures', closureId, 'appointments')),
  /** Books a customer's appointment request: the work order is created with it (its rules apply), the customer e-mailed. */
  acceptAppointmentRequest: (id: Identifier, booking: Booking) => post<AppointmentRequest>(path('appointment-requests', id, 'accept'), booking),
  /** Declines a customer's appointment request with the reason, which they are e-mailed. */
  declineAppointmentRequest: (id: Identifier, body: { reason: string; version?: number }) => post<AppointmentRequest>(path('appointment-requests', id, 'decline'), body),
  /** The customer's note was read: they see it in the portal. */
  acknowledgeNote: (id: Identifier, version?: number) => post<CustomerNote>(path('customer-notes', id, 'acknowledge'), { version }),
  /** Compliance reported the obligation to the state, with the state's reference. */
  reportObligation: (id: Identifier, body: { reference: string; version?: number }) => post<ReportingObligation>(path('reporting-obligations', id, 'report'), body),
  /** Tampering or a violation on an installed device; answers the reporting obligation it created, if the state wants it reported. */
  recordDeviceEvent: (deviceId: Identifier, body: { kind: DeviceEventKind; at: string; notes: string | null }) =>
    post<{ deviceId: number; kind: DeviceEventKind; at: string; obligation: ReportingObligation | null }>(path('devices', deviceId, 'events'), body),
  /** `serials`: those scanned or typed at the counter (left out: everything on the packing list arrived). */
  receivePackage: (id: Identifier, body: { serials?: string[]; version?: number }) => post<Receipt>(path('shipment-packages', id, 'receive'), body),
  /** The columns of a resource's CSV import and an example row. */
  importTemplate: (resource: string) => get<ImportTemplate>(`imports/${resource}`),
  /** Creates every row of the CSV file, all or none (a 400 names each bad row and column); a dry run writes nothing and shows the first records. */
  importRecords: (resource: string, body: { csv: string; dryRun: boolean }) => post<ImportResult>(`imports/${resource}`, body),
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;

/** The data provider with its command methods, typed. */
export const useAppDataProvider = () => useDataProvider<AppDataProvider>();
