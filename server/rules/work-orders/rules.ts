import { addDaysToIsoDay } from '../../dates.ts';
import { APPOINTMENT_TYPES, PROVIDER_REQUEST_TYPES, WALK_IN_TYPES, type WORK_ORDER_TYPES } from '../../resources/choices.ts';

export type WorkOrderType = (typeof WORK_ORDER_TYPES)[number];
export type WorkOrderClass = 'appointment' | 'walk-in' | 'provider-request';

/** A walk-in is meant to take under this long (start to end). */
export const WALK_IN_TARGET_MINUTES = 5;

/** Appointment (scheduled with center and customer), walk-in (no appointment) or provider request. */
export function workOrderClass(type: string): WorkOrderClass {
  if (APPOINTMENT_TYPES.includes(type)) return 'appointment';
  if (WALK_IN_TYPES.includes(type)) return 'walk-in';
  if (PROVIDER_REQUEST_TYPES.includes(type)) return 'provider-request';
  throw new Error(`Unknown work-order type ${type}`);
}

/**
 * Work that takes customer equipment off a vehicle or swaps it: a center never does it without
 * compliance's authorisation. A vehicle switch removes the equipment from the old vehicle.
 */
export const AUTHORISED_TYPES: readonly string[] = ['removal', 'handheld-exchange', 'vehicle-switch'];
export const needsAuthorization = (type: string) => AUTHORISED_TYPES.includes(type);

/** Work that needs new equipment shipped to the center before it. */
const SHIPPING_TYPES: readonly string[] = ['installation', 'handheld-exchange'];
export const needsEquipment = (type: string) => SHIPPING_TYPES.includes(type);

/** Provider requests are billed to the provider, everything else to the customer. */
export const billableTo = (type: string): 'customer' | 'provider' => (workOrderClass(type) === 'provider-request' ? 'provider' : 'customer');

/** Statuses after which a work order no longer changes. */
export const CLOSED_STATUSES: readonly string[] = ['completed', 'cancelled'];
/** Statuses only a command sets (authorize, complete). */
export const COMMAND_STATUSES: readonly string[] = ['authorized', 'completed'];
/** What an authorisation covers: changing these would need a new authorisation. */
export const AUTHORISED_FIELDS: readonly string[] = ['type', 'customerId', 'vehicleId', 'serviceCenterId'];

export interface PriceEntry {
  serviceType: string;
  price: number;
}

/** The price of a service type on a center's price list (its agreement), or null if it has none. */
export function priceFor(priceList: readonly PriceEntry[] | null | undefined, type: string): number | null {
  return priceList?.find((entry) => entry.serviceType === type)?.price ?? null;
}

/**
 * The day a center's insurance binder lapsed when it no longer covers `today` (a binder expiring
 * today still covers today), else null: a center without cover takes no new work orders.
 */
export function insuranceLapsedOn(insuranceExpiresOn: string | null | undefined, today: string): string | null {
  const day = insuranceExpiresOn?.slice(0, 10);
  return day && day < today ? day : null;
}

/** Why a center whose binder lapsed on this day takes no new work orders. */
export const insuranceLapseReason = (centerName: string, lapsedOn: string) =>
  `${centerName}'s insurance binder expired on ${lapsedOn}: no new work orders until a current binder is on file`;

/** Booked and not yet begun: what may still start, be a no-show, or be reminded of. */
export const NOT_BEGUN_STATUSES: readonly string[] = ['requested', 'scheduled', 'authorized'];

/** Statuses of a work order that no longer books anything: closed, or the customer did not show. */
export const UNBOOKED_STATUSES: readonly string[] = [...CLOSED_STATUSES, 'no-show'];

export interface Booking {
  type: string;
  customerId: number | null;
  vehicleId: number | null;
  scheduledAt: string;
}

/**
 * Which of two bookings of a customer makes the other a duplicate, or null: the same work for the
 * same vehicle at the same time (field `scheduledAt`); and, since a vehicle carries one set of
 * equipment, any second open installation for the same vehicle (field `vehicleId`: reschedule the first).
 */
export function duplicateField(booking: Booking, open: Booking): 'scheduledAt' | 'vehicleId' | null {
  if (booking.customerId === null || booking.type !== open.type || booking.customerId !== open.customerId || booking.vehicleId !== open.vehicleId) return null;
  if (Date.parse(booking.scheduledAt) === Date.parse(open.scheduledAt)) return 'scheduledAt';
  return booking.type === 'installation' && booking.vehicleId !== null ? 'vehicleId' : null;
}

/** Why a generic update (PATCH/PUT) may not make this change, or null. */
export function updateProblem(before: { status: string; authorizedAt: string | null }, changes: Record<string, unknown>): string | null {
  if (CLOSED_STATUSES.includes(before.status)) return `This work order is ${before.status}; it no longer changes`;
  const status = changes.status;
  if (typeof status === 'string' && COMMAND_STATUSES.includes(status)) {
    return status === 'authorized' ? 'Only compliance authorises a work order, with the Authorize command' : 'A work order is completed with the Complete command';
  }
  if (before.authorizedAt) {
    const touched = AUTHORISED_FIELDS.filter((field) => field in changes);
    if (touched.length) return `This work order is authorised; its ${touched.join(', ')} can no longer change (create a new work order)`;
  }
  return null;
}

/** Why compliance may not authorise this work order now, or null. */
export function authorizeProblem(order: { type: string; status: string; authorizedAt: string | null }): string | null {
  if (!needsAuthorization(order.type)) return `A ${order.type} needs no authorisation`;
  if (CLOSED_STATUSES.includes(order.status)) return `This work order is ${order.status}`;
  if (order.authorizedAt) return 'This work order is already authorised';
  return null;
}

export interface CompletionTimes {
  startedAt: string | null;
  completedAt: string | null;
}

type Problem = { message: string; field: string } | null;

/** The provider's own words to its centers (the seed "What a service center can expect"). */
export const WITHOUT_APPROVAL = 'no equipment is to be removed or replaced without our approval';

/** Why a work order may not be completed at all (whatever the times), or null. */
export function completeBlocker(order: { type: string; status: string; authorizedAt: string | null }): Problem {
  if (CLOSED_STATUSES.includes(order.status)) return { message: `This work order is ${order.status}`, field: 'status' };
  if (order.status === 'no-show') return { message: 'The customer did not show; book a new work order', field: 'status' };
  if (needsAuthorization(order.type) && !order.authorizedAt) {
    return { message: `A ${order.type} needs a work order authorised by compliance before it is completed: ${WITHOUT_APPROVAL}`, field: 'authorizedAt' };
  }
  return null;
}

/** How many days before its scheduled day a work order may be completed (a customer come early, time zones). */
export const EARLY_COMPLETION_DAYS = 1;

/**
 * Why a work order may not be completed with these times, or null; `field` names the culprit.
 * The end (`now` when not given) may come at most `EARLY_COMPLETION_DAYS` before the scheduled
 * day: for a walk-in that is its arrival, which the work cannot precede either.
 */
export function completeProblem(
  order: { type: string; status: string; authorizedAt: string | null; scheduledAt: string },
  times: CompletionTimes,
  now = new Date().toISOString(),
): Problem {
  const blocker = completeBlocker(order);
  if (blocker) return blocker;
  if (workOrderClass(order.type) === 'walk-in') {
    if (!times.startedAt) return { message: 'A walk-in is recorded with its start and end time', field: 'startedAt' };
    if (!times.completedAt) return { message: 'A walk-in is recorded with its start and end time', field: 'completedAt' };
  }
  if (times.startedAt && times.completedAt && times.completedAt <= times.startedAt) {
    return { message: 'The end must come after the start', field: 'completedAt' };
  }
  const endDay = (times.completedAt ?? now).slice(0, 10);
  const scheduledDay = order.scheduledAt.slice(0, 10);
  if (endDay < addDaysToIsoDay(scheduledDay, -EARLY_COMPLETION_DAYS)) {
    return { message: `Completed on ${endDay}, before its scheduled day ${scheduledDay} (at most ${EARLY_COMPLETION_DAYS} day early)`, field: 'completedAt' };
  }
  return null;
}

/** A shipment carrying equipment for a work order, as the completion looks at it. */
export interface ShipmentOfOrder {
  status: string;
  shipDate: string;
}

/** Why the equipment shipped for a work order was not at the center on the day of its completion, or null. */
export function equipmentArrivalProblem(shipments: readonly ShipmentOfOrder[], completedOn: string): string | null {
  const waiting = shipments.find((s) => s.status === 'preparing');
  if (waiting) return `Its equipment has not shipped yet (the shipment of ${waiting.shipDate.slice(0, 10)} is still being prepared)`;
  const later = shipments.find((s) => s.shipDate.slice(0, 10) > completedOn);
  if (later) return `Its equipment ships on ${later.shipDate.slice(0, 10)}, after the completion on ${completedOn}`;
  return null;
}

/** Minutes from start to end, or null if either is missing. */
export function durationMinutes(startedAt: string | null, completedAt: string | null): number | null {
  if (!startedAt || !completedAt) return null;
  return (Date.parse(completedAt) - Date.parse(startedAt)) / 60_000;
}

/** A walk-in that took longer than the target (allowed, but shown). */
export function overWalkInTarget(type: string, startedAt: string | null, completedAt: string | null): boolean {
  const minutes = durationMinutes(startedAt, completedAt);
  return workOrderClass(type) === 'walk-in' && minutes !== null && minutes > WALK_IN_TARGET_MINUTES;
}

/** Why these arrival and start times may not be recorded, or null: not in the future, the start not before the arrival. */
export function startProblem(times: { arrivedAt: string; startedAt: string }, now: string): Problem {
  if (times.arrivedAt > now) return { message: 'The arrival cannot be in the future', field: 'arrivedAt' };
  if (times.startedAt > now) return { message: 'The start cannot be in the future', field: 'startedAt' };
  if (times.startedAt < times.arrivedAt) return { message: 'The work cannot start before the customer arrived', field: 'startedAt' };
  return null;
}

/** Why the customer of an appointment at `scheduledAt` cannot be recorded as a no-show at `now`, or null. */
export function noShowProblem(scheduledAt: string, now: string): Problem {
  if (Date.parse(scheduledAt) > Date.parse(now)) {
    return { message: `The appointment is on ${scheduledAt.slice(0, 10)} at ${scheduledAt.slice(11, 16)} UTC: a no-show is recorded once its time has passed`, field: 'scheduledAt' };
  }
  return null;
}

export const WALK_INS_ONLY_DONE_ON_CREATE =
  'Only a walk-in (calibration, lockout service, handheld exchange) is recorded done as it is created; an appointment is completed with the Complete command';

/**
 * Why a walk-in recorded after the fact (created with its end) is refused, field by field (empty
 * when it is fine): a walk-in type, a start before the end, no end in the future, the arrival
 * (`scheduledAt`) not after the start.
 */
export function recordedWalkInErrors(order: { type: string; scheduledAt: string; startedAt: string | null; completedAt: string }, now: string): Record<string, string> {
  if (workOrderClass(order.type) !== 'walk-in') return { completedAt: WALK_INS_ONLY_DONE_ON_CREATE };
  if (!order.startedAt) return { startedAt: 'A walk-in is recorded with its start and end time' };
  const errors: Record<string, string> = {};
  if (order.completedAt > now) errors.completedAt = 'Cannot be in the future';
  else if (order.completedAt <= order.startedAt) errors.completedAt = 'The end must come after the start';
  if (order.scheduledAt > order.startedAt) errors.scheduledAt = 'The arrival cannot come after the start';
  return errors;
}
