import { DAY_MS, type Clock } from './clock.ts';
import type { CenterPlan, WorkOrderPlan } from './plan.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

/** A closure the demo shows: at the nth live center, `from` days after today (before, when negative), for `length` days. */
interface DemoClosure {
  liveCenter: number;
  from: number;
  length: number;
  reason: string;
}

/**
 * A couple of closures: the first live center (the center staff demo login's) closes for a
 * training day in two weeks and closed for an inventory day last month; two others close for
 * repairs next month. None falls on a day the center has work (the closure would be refused no
 * booking, and a demo appointment on it would be one to move).
 */
const DEMO_CLOSURES: readonly DemoClosure[] = [
  { liveCenter: 0, from: 14, length: 1, reason: 'Staff training day' },
  { liveCenter: 0, from: -30, length: 1, reason: 'Stock inventory' },
  { liveCenter: 1, from: 21, length: 2, reason: 'Floor repairs in the installation bay' },
  { liveCenter: 2, from: 24, length: 3, reason: 'Moving the bay to the new building' },
];

/** The days (as the center's local days) on which it has work orders. */
function busyDays(clock: Clock, center: CenterPlan, workOrders: readonly WorkOrderPlan[]): Set<number> {
  const geo = center.jurisdiction.geo;
  return new Set(workOrders.filter((plan) => plan.center.id === center.id).map((plan) => clock.dayOf(plan.scheduledMs, geo)));
}

/** The first run of `length` weekdays from `day` on (Monday to Friday) with no work at the center. */
function freeRun(clock: Clock, busy: Set<number>, day: number, length: number): number {
  for (let start = day; ; start++) {
    const run = Array.from({ length }, (_, i) => start + i);
    if (run.every((d) => clock.weekday(d) >= 1 && clock.weekday(d) <= 5 && !busy.has(d))) return start;
  }
}

/** The demo closures' rows (ids from 1), each entered a week before it starts or before today. */
export function generateClosures(clock: Clock, centers: readonly CenterPlan[], workOrders: readonly WorkOrderPlan[]): Row[] {
  const resource = resourceNamed('center-closures');
  const live = centers.filter((center) => center.status === 'live');
  return DEMO_CLOSURES.filter((closure) => live[closure.liveCenter]).map((closure, i) => {
    const center = live[closure.liveCenter];
    const start = freeRun(clock, busyDays(clock, center, workOrders), clock.today + closure.from, closure.length);
    const createdMs = Math.min(clock.nowMs - DAY_MS, clock.instant(start - 7, 10 * 60, center.jurisdiction.geo));
    return storedRow(resource, i + 1, createdMs, createdMs, {
      serviceCenterId: center.id,
      startsOn: clock.iso(start),
      endsOn: clock.iso(start + closure.length - 1),
      reason: closure.reason,
    });
  });
}
