import type { CenterPlan, CustomerPlan, EquipmentOutcome, VehiclePlan, WorkOrderPlan, WorkOrderType } from './plan.ts';
import { appointment, walkIn, type Visit, type VisitContext } from './visits.ts';

const LOCKOUT_NOTES = [null, 'Lockout after a missed rolling retest.', 'Service lockout: calibration overdue.', 'Lockout after a failed breath test; reset and downloaded.'];
const EXCHANGE_NOTES = ['Handset display failure.', 'Handset mouthpiece port damaged.', 'Handset replaced under warranty.', 'Handset does not power on.'];
const PROVIDER_NOTES: Partial<Record<WorkOrderType, string>> = {
  'vehicle-inspection': 'Inspection requested by the provider after a tampering alert.',
  'cord-exchange': 'Coiled cord worn; exchange requested by the provider.',
  'camera-adjustment': "Camera angle adjusted at the provider's request.",
};

/** The days between which extra walk-ins may be added without changing the equipment's history. */
export interface ServicePeriod {
  customer: CustomerPlan;
  from: number;
  to: number;
}

export const vehicleNote = (v: VehiclePlan) => `Vehicle: ${v.year} ${v.make} ${v.model}.`;

/**
 * One customer's history within the window: installation (rescheduled after a no-show),
 * calibrations at the state's interval (a few overdue), lockouts, handset exchanges, a vehicle
 * switch, provider-requested jobs and the removal at the end of the program.
 */
export function customerLifecycle(ctx: VisitContext, customer: CustomerPlan, liveInJurisdiction: CenterPlan[]): { outcome: EquipmentOutcome; period: ServicePeriod | null } {
  const { random, clock } = ctx;
  const center = customer.center;
  const [first, second] = customer.vehicles;
  const outcome: EquipmentOutcome = { customer, installedOn: [], installDay: null, lastCalibrationDay: null, removedDay: null, removedAt: null, exchanges: [] };
  const camera = customer.jurisdiction.rules.cameraRequired;

  if (customer.status === 'pending-install') {
    if (random.chance(0.8)) {
      const day = Math.max(customer.startDay, clock.today + 1) + random.int(0, 14);
      appointment(ctx, customer, center, 'installation', day, first.id, vehicleNote(first), { ships: random.chance(0.75) });
    }
    return { outcome, period: null };
  }

  // Installation, rescheduled after a no-show or cancellation.
  let day = customer.startDay + random.int(0, 6);
  let visit: Visit = appointment(ctx, customer, center, 'installation', day, first.id, vehicleNote(first), { ships: random.chance(0.75) });
  for (let attempt = 1; visit.status === 'no-show' || visit.status === 'cancelled'; attempt++) {
    day = visit.day + random.int(2, 7);
    visit = appointment(ctx, customer, center, 'installation', day, first.id, vehicleNote(first), { mustComplete: attempt >= 2, ships: random.chance(0.75) });
  }
  if (visit.status !== 'completed' && visit.status !== 'in-progress') return { outcome, period: null }; // booked, not done yet
  const installDay = visit.day;
  outcome.installDay = installDay;
  let installed: VehiclePlan[] = [first];
  const plan2 = second ? random.weighted({ both: 40, switch: 40, spare: 20 }) : 'spare';
  if (second && plan2 === 'both') {
    appointment(ctx, customer, center, 'installation', installDay, second.id, vehicleNote(second), { mustComplete: true, ships: random.chance(0.75) });
    installed = [first, second];
  }

  const endDay = customer.terminatedDay ?? customer.endDay;
  const open = customer.status === 'active' || customer.status === 'suspended';
  const lastServiceDay = Math.min(endDay - 1, clock.today);

  if (second && plan2 === 'switch') {
    const switchDay = installDay + random.int(20, 400);
    if (switchDay < Math.min(endDay, clock.today + 30) - 10) {
      const sw = appointment(ctx, customer, center, 'vehicle-switch', switchDay, second.id, vehicleNote(second), { ships: random.chance(0.4) });
      if (sw.status === 'completed') installed = [second];
    }
  }

  // Calibrations, each within the interval; suspended and some active customers are overdue.
  const interval = customer.jurisdiction.interval;
  const overdue = customer.status === 'suspended' || (customer.status === 'active' && random.chance(0.06));
  const limit = overdue ? clock.today - interval - random.int(0, 40) : lastServiceDay;
  let last = installDay;
  let lastPlan: WorkOrderPlan | null = null;
  for (;;) {
    const next = last + interval - random.int(0, Math.min(7, Math.floor(interval / 5)));
    if (next > limit) break;
    const where = random.chance(0.05) ? otherCenter(ctx, liveInJurisdiction, center, next) : center;
    const cal = walkIn(ctx, customer, where, 'calibration', next, installed[0].id, null, true);
    if (!cal) break;
    last = cal.day;
    lastPlan = cal.plan ?? lastPlan;
  }
  if (lastPlan) lastPlan.droppable = false;
  outcome.lastCalibrationDay = last;

  const serviceFrom = installDay + 1;
  const serviceTo = Math.min(last, lastServiceDay);
  const randomServiceDay = () => random.int(serviceFrom, Math.max(serviceFrom, serviceTo - 1));
  if (serviceTo > serviceFrom) {
    if (random.chance(0.15)) {
      for (let n = random.int(1, 2); n > 0; n--) {
        walkIn(ctx, customer, center, 'lockout-service', randomServiceDay(), installed[0].id, random.pick(LOCKOUT_NOTES), true);
      }
    }
    if (random.chance(0.1)) {
      const ex = walkIn(ctx, customer, center, 'handheld-exchange', randomServiceDay(), installed[0].id, random.pick(EXCHANGE_NOTES), false);
      if (ex?.plan) outcome.exchanges.push([ex.day, center]);
    }
    if (random.chance(0.06)) {
      let type: WorkOrderType = random.weighted({ 'vehicle-inspection': 45, 'cord-exchange': 35, 'camera-adjustment': 20 });
      if (type === 'camera-adjustment' && !camera) type = 'cord-exchange';
      appointment(ctx, customer, center, type, randomServiceDay(), installed[0].id, PROVIDER_NOTES[type] ?? null);
    }
  }

  // Removal at the end of the program (booked ahead when it ends within the coming month).
  if (!open || endDay <= clock.today + 30) {
    const note = customer.status === 'terminated' ? 'Program terminated; removal authorised by compliance.' : 'Program completed; removal authorised by compliance.';
    let removal = appointment(ctx, customer, center, 'removal', endDay, installed[0].id, note, { mustComplete: !open && random.chance(0.5) });
    if (!open && removal.status !== 'completed') {
      removal = appointment(ctx, customer, center, 'removal', removal.day + random.int(2, 5), installed[0].id, note, { mustComplete: true });
    }
    if (!open && removal.plan) {
      outcome.removedDay = removal.day;
      outcome.removedAt = center;
    }
  }
  if (open) outcome.installedOn = installed;
  return { outcome, period: serviceTo > serviceFrom ? { customer, from: Math.max(serviceFrom, ctx.windowStart), to: serviceTo } : null };
}

/** Another live center of the jurisdiction (a customer away from home), else the usual one. */
function otherCenter(ctx: VisitContext, live: CenterPlan[], home: CenterPlan, day: number): CenterPlan {
  const other = ctx.random.pick(live);
  return other.liveSince !== null && other.liveSince <= day ? other : home;
}
