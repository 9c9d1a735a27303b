import type { Db } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide, scopeOf } from '../../auth/policy.ts';
import { assertAllowed } from '../../rest/authorize.ts';
import { scopeWhere } from '../../rest/scope.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { WALK_IN_TYPES } from '../../resources/choices.ts';
import { UNBOOKED_STATUSES } from '../work-orders/rules.ts';
import { localTime } from './rules.ts';
import { timeZoneOf } from './time-zones.ts';

/** A booked appointment that falls on a closure of its center: compliance moves it. */
export interface AppointmentToMove {
  workOrderId: number;
  number: string | null;
  type: string;
  status: string;
  scheduledAt: string;
  serviceCenterId: number;
  centerName: string;
  closureId: number;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** Which closures to look at: one of them, or every one not over by `today`. */
type ClosureSelection = { closureId: number } | { endingFrom: string };

/**
 * The booked appointments (not walk-ins; not completed, cancelled or a no-show) on the selected
 * closures the actor sees, in time order. A closure's days are its center's local days, which
 * reach into the next UTC day: candidates are fetched a day either side and kept by local day.
 */
export async function appointmentsOnClosures(db: Db, actor: Actor, selection: ClosureSelection): Promise<AppointmentToMove[]> {
  assertAllowed(decide(actor, 'read', 'work-orders'));
  let query = db
    .selectFrom('centerClosures as c')
    .innerJoin('serviceCenters as s', 's.id', 'c.serviceCenterId')
    .select(['c.id', 'c.serviceCenterId', 'c.startsOn', 'c.endsOn', 'c.reason', 's.name', 's.state'])
    .where(scopeWhere(scopeOf(actor, 'center-closures')));
  query = 'closureId' in selection ? query.where('c.id', '=', selection.closureId) : query.where('c.endsOn', '>=', selection.endingFrom);
  const closures = await query.execute();
  if (!closures.length) return [];
  const orders = await db
    .selectFrom('workOrders')
    .select(['id', 'number', 'type', 'status', 'scheduledAt', 'serviceCenterId'])
    .where(scopeWhere(scopeOf(actor, 'work-orders')))
    .where('status', 'not in', [...UNBOOKED_STATUSES])
    .where('type', 'not in', [...WALK_IN_TYPES])
    .where((eb) =>
      eb.or(
        closures.map((c) =>
          eb.and([eb('serviceCenterId', '=', c.serviceCenterId), eb('scheduledAt', '>=', addDaysToIsoDay(c.startsOn, -1)), eb('scheduledAt', '<', addDaysToIsoDay(c.endsOn, 2))]),
        ),
      ),
    )
    .orderBy('scheduledAt')
    .orderBy('id')
    .execute();
  return orders.flatMap((order) => {
    const closure = closures.find((c) => {
      if (c.serviceCenterId !== order.serviceCenterId) return false;
      const { day } = localTime(new Date(order.scheduledAt), timeZoneOf(c.state));
      return c.startsOn <= day && day <= c.endsOn;
    });
    if (!closure) return [];
    return [
      {
        workOrderId: order.id,
        number: order.number,
        type: order.type,
        status: order.status,
        scheduledAt: order.scheduledAt,
        serviceCenterId: order.serviceCenterId,
        centerName: closure.name,
        closureId: closure.id,
        startsOn: closure.startsOn,
        endsOn: closure.endsOn,
        reason: closure.reason,
      },
    ];
  });
}
