import { workOrderNumber } from '../../resources/work-order-number.ts';
import { HOUR_MS, MINUTE_MS, isoTime } from './clock.ts';
import { billableTo, needsAuthorization } from '../../rules/work-orders/rules.ts';
import { customerLifecycle, type ServicePeriod } from './lifecycle.ts';
import type { CenterPlan, CustomerPlan, EquipmentOutcome, WorkOrderPlan } from './plan.ts';
import type { Row } from './row.ts';
import { walkIn, type VisitContext } from './visits.ts';
import { scriptedLifecycle } from './portal-history.ts';

/** The compliance reviewer among the demo logins (users are inserted after the work orders, so no id). */
export const DEMO_AUTHORISER = 'Casey Compliance';

/** Statuses of an appointment still ahead. */
const UPCOMING = new Set(['requested', 'scheduled', 'authorized']);

/** Statuses of a removal, exchange or switch that compliance has already authorised. */
const AUTHORISED_STATUSES = new Set(['authorized', 'in-progress', 'completed']);

/**
 * When compliance authorised the work: when an order still waiting for its appointment became
 * authorised; otherwise a few hours after booking, before the work started (for a walk-in
 * exchange, while the customer waits between arrival and start). Null if not authorised.
 */
export function authorisedMs(plan: WorkOrderPlan): number | null {
  if (!needsAuthorization(plan.type) || !AUTHORISED_STATUSES.has(plan.status)) return null;
  if (plan.status === 'authorized' || plan.startedMs === null) return plan.updatedMs;
  const waited = plan.startedMs - plan.createdMs;
  if (waited < HOUR_MS) return plan.createdMs + Math.max(0, Math.floor(waited / 2));
  return Math.min(plan.startedMs - MINUTE_MS, plan.createdMs + (1 + (plan.id % 30)) * HOUR_MS);
}

export interface WorkOrderData {
  /** In id order (creation order). */
  plans: WorkOrderPlan[];
  outcomes: EquipmentOutcome[];
}

/**
 * Every customer's history, then trimmed (spare calibrations and lockouts left out) or topped up
 * (extra walk-ins inside a service period) to the target count, sorted by creation and numbered.
 */
export function generateWorkOrders(
  ctx: VisitContext,
  customers: CustomerPlan[],
  centers: CenterPlan[],
  /** Work orders wanted; absent: as many as the histories give. */
  target: number | undefined,
  onCustomer?: (done: number) => void,
): WorkOrderData {
  const live = new Map<number, CenterPlan[]>();
  for (const center of centers) {
    if (center.status !== 'live') continue;
    const list = live.get(center.jurisdiction.id) ?? [];
    list.push(center);
    live.set(center.jurisdiction.id, list);
  }
  const outcomes: EquipmentOutcome[] = [];
  const periods: ServicePeriod[] = [];
  customers.forEach((customer, i) => {
    if (customer.script) {
      outcomes.push(scriptedLifecycle(ctx, customer, customer.script));
      return;
    }
    const { outcome, period } = customerLifecycle(ctx, customer, live.get(customer.jurisdiction.id) ?? [customer.center]);
    outcomes.push(outcome);
    if (period && period.to - 1 > period.from) periods.push(period);
    if (onCustomer && i % 1000 === 999) onCustomer(i + 1);
  });
  // what a demo login's center has booked is its scripted week
  ctx.out = ctx.out.filter((plan) => plan.customer.script !== null || !plan.center.portal || !UPCOMING.has(plan.status));

  let plans = ctx.out;
  if (target !== undefined && plans.length > target) plans = trim(ctx, plans, plans.length - target);
  else if (target !== undefined) topUp(ctx, periods, target - plans.length);

  plans.sort((a, b) => a.createdMs - b.createdMs);
  plans.forEach((plan, i) => (plan.id = i + 1));
  return { plans, outcomes };
}

function trim(ctx: VisitContext, plans: WorkOrderPlan[], excess: number): WorkOrderPlan[] {
  const droppable: number[] = [];
  plans.forEach((plan, i) => plan.droppable && droppable.push(i));
  const drop = new Set<number>();
  for (let k = 0; k < Math.min(excess, droppable.length); k++) {
    const j = ctx.random.int(k, droppable.length - 1);
    [droppable[k], droppable[j]] = [droppable[j], droppable[k]];
    drop.add(droppable[k]);
  }
  return plans.filter((_, i) => !drop.has(i));
}

function topUp(ctx: VisitContext, periods: ServicePeriod[], missing: number) {
  if (periods.length === 0) return;
  const goal = ctx.out.length + missing;
  for (let attempts = 0; ctx.out.length < goal && attempts < missing * 3; attempts++) {
    const { customer, from, to } = ctx.random.pick(periods);
    const day = ctx.random.int(from, to - 1);
    const vehicle = customer.vehicles[0].id;
    if (ctx.random.chance(0.55)) walkIn(ctx, customer, customer.center, 'calibration', day, vehicle, 'Extra calibration after a failed retest.', true);
    else walkIn(ctx, customer, customer.center, 'lockout-service', day, vehicle, 'Lockout after a missed rolling retest.', true);
  }
}

/** The stored row of a planned work order. */
export function workOrderRow(plan: WorkOrderPlan): Row {
  const createdAt = isoTime(plan.createdMs);
  const authorisedAt = authorisedMs(plan);
  return {
    id: plan.id,
    createdAt,
    updatedAt: isoTime(Math.max(plan.createdMs, plan.updatedMs)),
    version: 1,
    number: workOrderNumber(createdAt, plan.id),
    type: plan.type,
    status: plan.status,
    serviceCenterId: plan.center.id,
    customerId: plan.customer.id,
    vehicleId: plan.vehicleId,
    scheduledAt: isoTime(plan.scheduledMs),
    startedAt: plan.startedMs === null ? null : isoTime(plan.startedMs),
    completedAt: plan.completedMs === null ? null : isoTime(plan.completedMs),
    cost: plan.center.prices[plan.type] ?? null,
    authorizedAt: authorisedAt === null ? null : isoTime(authorisedAt),
    authorizedById: null,
    authorizedBy: authorisedAt === null ? null : DEMO_AUTHORISER,
    billableTo: billableTo(plan.type),
    notes: plan.note,
  };
}
