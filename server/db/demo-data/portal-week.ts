import { MINUTE_MS, type Clock } from './clock.ts';
import type { ProgramDates } from './customers.ts';
import type { CenterPlan, CustomerScript, CustomerStatus, ScriptedVisit, WorkOrderStatus, WorkOrderType } from './plan.ts';
import type { Random } from './random.ts';
import { isBusinessDay, nextBusinessDay } from './shipments.ts';
import { TRANSIT_BUSINESS_DAYS } from '../../rules/shipments/consolidate.ts';
import { APPOINTMENT_MINUTES, portalSlot } from './visits.ts';

/** A customer of a demo login's center whose history and booking are planned, not drawn. */
export interface PortalCustomer {
  center: CenterPlan;
  status: CustomerStatus;
  dates: ProgramDates;
  vehicles: 1 | 2;
  script: CustomerScript;
}

/** The last calibration of an installed customer fell within these days before today. */
const RECENT_CALIBRATION: [number, number] = [2, 20];
const RECENT_LOCKOUT: [number, number] = [1, 18];

/** The first open day (Monday to Friday) from `day` on. */
const openDayFrom = (clock: Clock, day: number) => (isBusinessDay(clock, day) ? day : nextBusinessDay(clock, day));

/** The last open day up to `day`. */
function openDayUpTo(clock: Clock, day: number): number {
  let d = day;
  while (!isBusinessDay(clock, d)) d -= 1;
  return d;
}

/** The appointment day whose equipment left the warehouse on the last business day up to today: it is in transit now. */
function inTransitDay(clock: Clock): number {
  let day = openDayUpTo(clock, clock.today);
  for (let n = 0; n < TRANSIT_BUSINESS_DAYS; n++) day = nextBusinessDay(clock, day);
  return day;
}

/**
 * What a demo login's center has, at whatever date the demo is generated. The agenda opens on
 * the first open day from today (today on a weekday, else Monday) and runs over the next four
 * open days, in business hours (visits.ts): an installation and an authorised removal the first
 * day (done by now if their time has passed), a removal compliance has not authorised the next,
 * two installations whose equipment is in transit today (shipped, tracking number), a vehicle
 * switch, an authorised removal and an installation whose equipment ships later. Every installed
 * customer's last calibration was a walk-in in the last weeks; three came in for a lockout service.
 */
export function planPortalWeek(random: Random, clock: Clock, center: CenterPlan): PortalCustomer[] {
  const days = [openDayFrom(clock, clock.today)];
  while (days.length < 5) days.push(nextBusinessDay(clock, days[days.length - 1]));
  const interval = center.jurisdiction.interval;

  const visit = (type: WorkOrderType, day: number, upcoming: WorkOrderStatus, ships: boolean, note: string): ScriptedVisit => {
    const [min, max] = APPOINTMENT_MINUTES[type] ?? [30, 60];
    return { type, day, scheduledMs: portalSlot(random, clock, center, day), durationMs: random.int(min, max) * MINUTE_MS, upcoming, ships, note };
  };
  const started = (v: ScriptedVisit) => v.scheduledMs <= clock.nowMs;
  const done = (v: ScriptedVisit) => v.scheduledMs + v.durationMs < clock.nowMs;

  const installing = (v: ScriptedVisit): PortalCustomer => {
    const startDay = v.day - random.int(5, 10);
    return {
      center,
      status: started(v) ? 'active' : 'pending-install',
      dates: { startDay, endDay: clock.addMonths(startDay, random.pick([12, 18, 24])), terminatedDay: null },
      vehicles: 1,
      script: { history: [], lockouts: [], visit: v },
    };
  };

  /** Installed a few calibration intervals ago, last calibrated in the last weeks. */
  const installed = (v: ScriptedVisit | null, lockout: boolean, vehicles: 1 | 2 = 1): PortalCustomer => {
    const history = [openDayUpTo(clock, clock.today - random.int(...RECENT_CALIBRATION))];
    // the portal centers have been live for years: the history always fits
    for (let n = random.int(2, 5); n > 0; n--) {
      history.unshift(openDayFrom(clock, history[0] - interval + random.int(0, 3)));
    }
    let lockoutDay = openDayUpTo(clock, clock.today - random.int(...RECENT_LOCKOUT));
    while (history.includes(lockoutDay)) lockoutDay = openDayUpTo(clock, lockoutDay - 1);
    const startDay = history[0] - random.int(0, 4);
    const removedToday = v !== null && v.type === 'removal' && done(v);
    const endDay = v?.type === 'removal' ? v.day : clock.addMonths(startDay, random.pick([18, 24]));
    return { center, status: removedToday ? 'completed' : 'active', dates: { startDay, endDay, terminatedDay: null }, vehicles, script: { history, lockouts: lockout ? [lockoutDay] : [], visit: v } };
  };

  const removalNote = 'Program completed; removal authorised by compliance.';
  const transit = inTransitDay(clock);
  return [
    installing(visit('installation', days[0], 'scheduled', false, 'Installation from the stock at the center.')),
    installed(visit('removal', days[0], 'authorized', false, removalNote), false),
    installed(visit('removal', days[1], 'scheduled', false, 'Program completed; waiting for compliance to authorise the removal.'), true),
    installing(visit('installation', transit, 'scheduled', true, 'Equipment shipped to the center.')),
    installing(visit('installation', transit, 'scheduled', true, 'Equipment shipped to the center.')),
    installed(visit('vehicle-switch', days[2], 'authorized', false, 'Customer changed vehicles; switch authorised by compliance.'), false, 2),
    installed(visit('removal', days[3], 'authorized', false, removalNote), false),
    installing(visit('installation', days[4], 'scheduled', true, 'Equipment ships two business days ahead.')),
    installed(null, true),
    installed(null, true),
  ];
}
