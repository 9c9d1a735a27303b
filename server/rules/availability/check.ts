import type { Transaction } from '../../db/database.ts';
import { conflict } from '../../rest/errors.ts';
import type { OpeningHours } from './hours.ts';
import { closedReason, localTime } from './rules.ts';
import { timeZoneOf } from './time-zones.ts';

/** Why a center is closed at an instant (its closure or its hours of that weekday), with its name; null when open or unknown. */
export async function closedAt(trx: Transaction, serviceCenterId: number, at: Date): Promise<{ centerName: string; reason: string } | null> {
  const center = await trx.selectFrom('serviceCenters').select(['name', 'state', 'openingHours']).where('id', '=', serviceCenterId).executeTakeFirst();
  if (!center) return null; // the reference check answers for a center that does not exist
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
  return reason ? { centerName: center.name, reason } : null;
}

/** Refuses (409, naming the closure or the hours) an appointment at a time its center is closed. */
export async function requireOpen(trx: Transaction, serviceCenterId: number, scheduledAt: string): Promise<void> {
  const closed = await closedAt(trx, serviceCenterId, new Date(scheduledAt));
  if (closed) throw conflict(`${closed.centerName} is closed at that time: ${closed.reason}`, { scheduledAt: closed.reason });
}
