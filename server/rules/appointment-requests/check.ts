import type { Transaction } from '../../db/database.ts';
import { badRequest, conflict } from '../../rest/errors.ts';
import { forUpdate } from '../../db/dialect.ts';
import { closedAt } from '../availability/check.ts';
import { localTime } from '../availability/rules.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { instantAt } from '../availability/wall-clock.ts';
import { preferredDayErrors } from './rules.ts';

type Values = Record<string, unknown>;

const invalid = (errors: Record<string, string>) => badRequest('Some fields are invalid', errors);

/**
 * A new appointment request, checked against its center (live; open at the preferred day and time
 * in its own time zone, neither on a closure nor outside its weekly hours), the customer's
 * vehicles and their requests still awaiting an answer. Answers the preferred instant, stored
 * with the request so that the back office shows it in its own time zone.
 */
export async function checkNewRequest(trx: Transaction, request: Values, now = new Date()): Promise<{ preferredAt: string }> {
  const serviceCenterId = Number(request.serviceCenterId);
  const customerId = Number(request.customerId);
  const center = await trx.selectFrom('serviceCenters').select(['state', 'onboardingStatus']).where('id', '=', serviceCenterId).executeTakeFirstOrThrow();
  if (center.onboardingStatus !== 'live') throw invalid({ serviceCenterId: 'Choose one of the centers taking appointments' });
  const timeZone = timeZoneOf(center.state);
  const preferredDate = String(request.preferredDate);
  const dayErrors = preferredDayErrors(preferredDate, localTime(now, timeZone).day);
  if (Object.keys(dayErrors).length) throw invalid(dayErrors);
  const at = instantAt(preferredDate, String(request.preferredTime), timeZone);
  const closed = await closedAt(trx, serviceCenterId, at);
  if (closed) throw invalid({ preferredTime: `${closed.centerName}: ${closed.reason}` });
  if (request.vehicleId != null) {
    const vehicle = await trx.selectFrom('vehicles').select('customerId').where('id', '=', Number(request.vehicleId)).executeTakeFirst();
    // another customer's vehicle is answered like one that does not exist
    if (vehicle?.customerId !== customerId) throw invalid({ vehicleId: `No vehicles record with id ${String(request.vehicleId)}` });
  }
  // The customer's row is locked first: two identical requests at once are checked one after the other.
  await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();
  const waiting = await trx
    .selectFrom('appointmentRequests')
    .select('id')
    .where('customerId', '=', customerId)
    .where('kind', '=', String(request.kind))
    .where('status', '=', 'requested')
    .executeTakeFirst();
  if (waiting) throw conflict(`A request for a ${String(request.kind)} is already waiting for an answer`, { kind: 'Already requested: wait for the answer' });
  return { preferredAt: at.toISOString() };
}
