import { MINUTE_MS } from './clock.ts';
import { vehicleNote } from './lifecycle.ts';
import type { CustomerPlan, CustomerScript, EquipmentOutcome } from './plan.ts';
import { booking, portalArrival, portalSlot, walkInAt, type VisitContext } from './visits.ts';

const INSTALLATION_MS = 90 * MINUTE_MS;
const LOCKOUT_NOTE = 'Lockout after a missed rolling retest.';

/**
 * A scripted customer's work orders (portal-week.ts) and what became of their equipment: the
 * installation and calibration walk-ins of their history, their lockout services, then their
 * booking, which by now may have happened (today's installation or removal).
 */
export function scriptedLifecycle(ctx: VisitContext, customer: CustomerPlan, script: CustomerScript): EquipmentOutcome {
  const { random, clock } = ctx;
  const center = customer.center;
  const [first, second] = customer.vehicles;
  const outcome: EquipmentOutcome = { customer, installedOn: [], installDay: null, lastCalibrationDay: null, removedDay: null, removedAt: null, exchanges: [] };
  const [installDay, ...calibrations] = script.history;
  if (installDay !== undefined) {
    booking(ctx, customer, center, 'installation', installDay, portalSlot(random, clock, center, installDay), INSTALLATION_MS, first.id, vehicleNote(first), { mustComplete: true });
    for (const day of calibrations) walkInAt(ctx, customer, center, 'calibration', day, portalArrival(random, clock, center, day), first.id, null, false);
    for (const day of script.lockouts) walkInAt(ctx, customer, center, 'lockout-service', day, portalArrival(random, clock, center, day), first.id, LOCKOUT_NOTE, false);
    outcome.installedOn = [first];
    outcome.installDay = installDay;
    outcome.lastCalibrationDay = calibrations.at(-1) ?? installDay;
  }
  const v = script.visit;
  if (!v) return outcome;
  const vehicle = v.type === 'vehicle-switch' ? second : first;
  const { status } = booking(ctx, customer, center, v.type, v.day, v.scheduledMs, v.durationMs, vehicle.id, v.note, { mustComplete: true, ships: v.ships, upcoming: v.upcoming, minLeadDays: 7 });
  const begun = status === 'completed' || status === 'in-progress';
  // today's installation under way or done: the devices are on the vehicle, calibrated at the bench
  if (v.type === 'installation' && begun) {
    outcome.installedOn = [first];
    outcome.installDay = outcome.lastCalibrationDay = v.day;
  }
  // today's removal done: the devices came back to the center
  if (v.type === 'removal' && status === 'completed') {
    outcome.installedOn = [];
    outcome.removedDay = v.day;
    outcome.removedAt = center;
  }
  return outcome;
}
