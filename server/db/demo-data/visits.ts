import { HOUR_MS, MINUTE_MS, type Clock } from './clock.ts';
import type { CenterPlan, CustomerPlan, WorkOrderPlan, WorkOrderStatus, WorkOrderType } from './plan.ts';
import type { Random } from './random.ts';
import { needsAuthorization } from '../../rules/work-orders/rules.ts';

/** Shared state of the work-order generation: the window it covers and where plans go. */
export interface VisitContext {
  random: Random;
  clock: Clock;
  /** First and last day of the data window (past two years, next month). */
  windowStart: number;
  windowEnd: number;
  out: WorkOrderPlan[];
}

/** How a visit turned out, emitted or not (visits before the window are decided but not stored). */
export interface Visit {
  day: number;
  status: WorkOrderStatus;
  plan: WorkOrderPlan | null;
}

/** How long an appointment of each type takes (minutes, least and most). */
export const APPOINTMENT_MINUTES: Partial<Record<WorkOrderType, [number, number]>> = {
  installation: [60, 120],
  removal: [30, 60],
  'vehicle-switch': [60, 120],
  'vehicle-inspection': [20, 40],
  'cord-exchange': [10, 20],
  'camera-adjustment': [15, 30],
};


function emit(ctx: VisitContext, center: CenterPlan, day: number, plan: WorkOrderPlan): WorkOrderPlan | null {
  if (day < ctx.windowStart || day > ctx.windowEnd) return null;
  if (center.liveSince === null || center.liveSince > day) return null;
  ctx.out.push(plan);
  return plan;
}

/** Appointments fall on weekdays, some Saturday mornings (never at a demo login's center). */
function appointmentDay(ctx: VisitContext, day: number, center: CenterPlan): number {
  const weekday = ctx.clock.weekday(day);
  if (weekday === 0) return day + 1;
  if (weekday === 6 && (center.portal || !ctx.random.chance(0.3))) return day + 2;
  return day;
}

/*
 * The demo logins' centers keep to weekday business hours, so their agenda fits the opening hours
 * they are shown with: appointments start on the half hour from 09:00 to 15:00 (ending by 17:00),
 * walk-ins arrive from 09:00 to 16:00, local time.
 */
const PORTAL_SLOTS: [number, number] = [18, 30];
const PORTAL_ARRIVALS: [number, number] = [9 * 60, 16 * 60];

/** An appointment's start at a demo login's center on a (week)day. */
export const portalSlot = (random: Random, clock: Clock, center: CenterPlan, day: number) =>
  clock.instant(day, random.int(...PORTAL_SLOTS) * 30, center.jurisdiction.geo);

/** A walk-in's arrival at a demo login's center on a (week)day. */
export const portalArrival = (random: Random, clock: Clock, center: CenterPlan, day: number) =>
  clock.instant(day, random.int(...PORTAL_ARRIVALS), center.jurisdiction.geo) + random.int(0, 59) * 1000;

/** How an appointment is booked beyond its time: completed if past, the status if upcoming, equipment shipped ahead. */
export interface BookingOptions {
  mustComplete?: boolean;
  ships?: boolean;
  /** The status of an upcoming appointment (else drawn). */
  upcoming?: WorkOrderStatus;
  /** Booked this many days ahead at least (else 1). */
  minLeadDays?: number;
}

/**
 * An installation, removal, vehicle switch or provider-requested job, booked in business hours.
 * Past appointments mostly completed (some no-shows and cancellations), future ones pending.
 */
export function appointment(
  ctx: VisitContext,
  customer: CustomerPlan,
  center: CenterPlan,
  type: WorkOrderType,
  requestedDay: number,
  vehicleId: number | null,
  note: string | null,
  options: BookingOptions = {},
): Visit {
  const { random, clock } = ctx;
  const day = appointmentDay(ctx, requestedDay, center);
  const scheduledMs = center.portal
    ? portalSlot(random, clock, center, day)
    : clock.instant(day, (clock.weekday(day) === 6 ? random.int(18, 23) : random.int(16, 32)) * 30, center.jurisdiction.geo);
  const [min, max] = APPOINTMENT_MINUTES[type] ?? [15, 30];
  const durationMs = random.int(min, max) * MINUTE_MS;
  return booking(ctx, customer, center, type, day, scheduledMs, durationMs, vehicleId, note, options);
}

/** An appointment at a given time taking a given time, with what became of it by now. */
export function booking(
  ctx: VisitContext,
  customer: CustomerPlan,
  center: CenterPlan,
  type: WorkOrderType,
  day: number,
  scheduledMs: number,
  durationMs: number,
  vehicleId: number | null,
  note: string | null,
  options: BookingOptions = {},
): Visit {
  const { random, clock } = ctx;
  const bookedMs = scheduledMs - random.int(options.minLeadDays ?? 1, 21) * 86_400_000 - random.int(0, 8) * HOUR_MS;
  const createdMs = Math.min(Math.max(bookedMs, customer.createdMs), clock.nowMs - random.int(5, 48 * 60) * MINUTE_MS);

  let status: WorkOrderStatus;
  let startedMs: number | null = null;
  let completedMs: number | null = null;
  let updatedMs = createdMs;
  if (scheduledMs + durationMs < clock.nowMs) {
    status = options.mustComplete ? 'completed' : random.weighted({ completed: 88, 'no-show': 7, cancelled: 5 });
    if (status === 'completed') {
      startedMs = scheduledMs + random.int(-10, 20) * MINUTE_MS;
      completedMs = updatedMs = startedMs + durationMs;
    } else if (status === 'no-show') {
      updatedMs = scheduledMs + random.int(60, 180) * MINUTE_MS;
    } else {
      updatedMs = Math.max(createdMs, scheduledMs - random.int(1, 72) * HOUR_MS);
    }
  } else if (scheduledMs <= clock.nowMs) {
    status = 'in-progress';
    startedMs = updatedMs = scheduledMs;
  } else {
    status =
      options.upcoming ??
      (needsAuthorization(type) ? random.weighted({ requested: 20, scheduled: 30, authorized: 50 }) : random.weighted({ requested: 30, scheduled: 70 }));
    if (status !== 'requested') updatedMs = Math.min(clock.nowMs, createdMs + random.int(1, 48) * HOUR_MS);
  }
  const outcomeNote =
    status === 'no-show' ? 'Customer did not arrive.' : status === 'cancelled' ? random.pick(CANCEL_REASONS) : note;
  const plan = emit(ctx, center, day, {
    id: 0,
    type,
    status,
    center,
    customer,
    vehicleId,
    scheduledMs,
    startedMs,
    completedMs,
    createdMs,
    updatedMs,
    note: outcomeNote,
    droppable: false,
    ships: options.ships ?? false,
  });
  return { day, status, plan };
}

const CANCEL_REASONS = ['Cancelled by the customer.', "Rescheduled at the customer's request.", 'Vehicle in the repair shop.', 'Cancelled: court order changed.'];

/**
 * A calibration, lockout service or handheld exchange: no appointment, the customer walks in;
 * scheduledAt is the arrival, the work takes under five minutes. Null if it would lie in the future.
 */
export function walkIn(
  ctx: VisitContext,
  customer: CustomerPlan,
  center: CenterPlan,
  type: WorkOrderType,
  requestedDay: number,
  vehicleId: number | null,
  note: string | null,
  droppable: boolean,
): Visit | null {
  const { random, clock } = ctx;
  const weekday = clock.weekday(requestedDay);
  const day = weekday === 0 ? requestedDay + 1 : weekday === 6 && center.portal ? requestedDay + 2 : requestedDay;
  const closing = clock.weekday(day) === 6 ? 13 * 60 : 17 * 60 + 30;
  const arrivalMs = center.portal
    ? portalArrival(random, clock, center, day)
    : clock.instant(day, random.int(8 * 60, closing), center.jurisdiction.geo) + random.int(0, 59) * 1000;
  return walkInAt(ctx, customer, center, type, day, arrivalMs, vehicleId, note, droppable);
}

/** A walk-in arriving at a given instant of a day: started within four minutes, done within five more. */
export function walkInAt(
  ctx: VisitContext,
  customer: CustomerPlan,
  center: CenterPlan,
  type: WorkOrderType,
  day: number,
  arrivalMs: number,
  vehicleId: number | null,
  note: string | null,
  droppable: boolean,
): Visit | null {
  const { random, clock } = ctx;
  if (arrivalMs >= clock.nowMs) return null;
  const startedMs = arrivalMs + random.int(30, 240) * 1000;
  const completedMs = startedMs + random.int(120, 290) * 1000;
  const done = completedMs < clock.nowMs;
  const plan = emit(ctx, center, day, {
    id: 0,
    type,
    status: done ? 'completed' : 'in-progress',
    center,
    customer,
    vehicleId,
    scheduledMs: arrivalMs,
    startedMs,
    completedMs: done ? completedMs : null,
    createdMs: arrivalMs,
    updatedMs: done ? completedMs : startedMs,
    note,
    droppable,
    ships: false,
  });
  return { day, status: done ? 'completed' : 'in-progress', plan };
}
