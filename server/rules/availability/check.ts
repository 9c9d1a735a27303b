import type { Transaction } from '../../db/database.ts';
import { conflict } from '../../rest/errors.ts';
import type { OpeningHours } from './hours.ts';
import { closedReason, localTime } from './rules.ts';
import { timeZoneOf } from './time-zones.ts';

/** Refuses (409, naming the closure or the hours) an appointment at a time its center is closed. */
export async function requireOpen(trx: Transaction, serviceCenterId: number, scheduledAt: string): Promise<void> {
  const center = await trx.selectFrom('serviceCenters').select(['name', 'state', 'openingHours']).where('id', '=', serviceCenterId).executeTakeFirst();
  if (!center) return; // the reference check answers for a center that does not exist
  const at = new Date(scheduledAt);
  const timeZone = timeZoneOf(center.state);
  const { day } = localTime(at, timeZone);
  const closures = await trx
    .selectFrom('centerClosures')
    .select(['startsOn', 'endsOn', 'reason'])
    .where('serviceCenterId', '=', serviceCenterId)
    .where('startsOn', '<=', day)
    .where('endsOn', '>=', day)
    .orderBy('startsOn')
    .execute();
  const openingHours = center.openingHours === null ? null : (JSON.parse(center.openingHours) as OpeningHours);
  const reason = closedReason(at, { timeZone, openingHours, closures });
  if (reason) throw conflict(`${center.name} is closed at that time: ${reason}`, { scheduledAt: reason });
}
