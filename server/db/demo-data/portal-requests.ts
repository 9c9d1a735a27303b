import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import { minutesOf, type OpeningHours } from '../../rules/availability/hours.ts';
import { closedReason } from '../../rules/availability/rules.ts';
import { timeZoneOf } from '../../rules/availability/time-zones.ts';
import { instantAt } from '../../rules/availability/wall-clock.ts';
import type { Clock } from './clock.ts';

const DAY_MS = 86_400_000;

/** What the demo customers asked from the portal: one appointment each, and notes. */
const ASKED = [
  { email: 'customer@example.com', kind: 'calibration', notes: 'Mornings suit me best.' },
  { email: 'customer.tx@example.com', kind: 'vehicle-switch', notes: 'I am selling my car; the new one is a 2022 Toyota Corolla.' },
] as const;
/** Notes written `daysAgo`, about the days from `days[0]` to `days[1]` after today (before, when negative). */
const NOTES = [
  { email: 'customer@example.com', daysAgo: 12, category: 'out-of-state', body: 'I will be out of state for a family funeral.', days: [-10, -7], acknowledged: true },
  { email: 'customer@example.com', daysAgo: 1, category: 'vehicle-in-shop', body: 'My car is at the body shop after a small accident; I drive my sister’s car meanwhile (no device).', days: [-1, 6], acknowledged: false },
  { email: 'customer.tx@example.com', daysAgo: 2, category: 'other', body: 'My new phone number is on my profile.', days: null, acknowledged: false },
] as const;

/** The first day from `fromDay` on which the center is open by its hours and closures, with a time an hour after it opens. */
async function firstOpening(db: Db, center: { id: number; state: string; openingHours: string | null }, fromDay: number, clock: Clock) {
  const openingHours = center.openingHours === null ? null : (JSON.parse(center.openingHours) as OpeningHours);
  const closures = await db.selectFrom('centerClosures').select(['startsOn', 'endsOn', 'reason']).where('serviceCenterId', '=', center.id).execute();
  const timeZone = timeZoneOf(center.state);
  for (let day = fromDay; day < fromDay + 21; day++) {
    const iso = clock.iso(day);
    const weekday = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[clock.weekday(day)];
    const slot = openingHours?.[weekday][0] ?? { opens: '09:00', closes: '17:00' };
    const minutes = Math.min(minutesOf(slot.opens) + 60, minutesOf(slot.closes) - 30);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const at = instantAt(iso, time, timeZone);
    if (!closedReason(at, { timeZone, openingHours, closures })) return { day: iso, time, at: at.toISOString() };
  }
  return null;
}

/**
 * The demo customer logins' portal history: an appointment request each awaiting an answer (at the
 * center that installed their device, the first opening from the day after tomorrow) and a few
 * notes, one acknowledged by the demo compliance reviewer. Deterministic; returns the rows written.
 */
export async function insertDemoPortalRequests(db: Db, clock: Clock): Promise<number> {
  const reviewer = await db.selectFrom('users').select(['id', 'name']).where('email', '=', 'compliance@example.com').executeTakeFirst();
  const customers = await db
    .selectFrom('users as u')
    .innerJoin('devices as d', 'd.customerId', 'u.customerId')
    .innerJoin('serviceCenters as s', 's.id', 'd.serviceCenterId')
    .select(['u.email', 'u.customerId', 's.id', 's.state', 's.openingHours', 's.onboardingStatus'])
    .where('u.role', '=', 'customer')
    .where('d.status', '=', 'installed')
    .orderBy('d.id')
    .execute();
  const requests: NewRow<'appointmentRequests'>[] = [];
  for (const asked of ASKED) {
    const customer = customers.find((c) => c.email === asked.email && c.onboardingStatus === 'live');
    if (!customer?.customerId) continue;
    const vehicle = await db.selectFrom('vehicles').select('id').where('customerId', '=', customer.customerId).orderBy('id').executeTakeFirst();
    const opening = await firstOpening(db, customer, clock.today + 2, clock);
    if (!opening) continue;
    const at = new Date(clock.nowMs - 3 * 3_600_000).toISOString();
    requests.push({
      createdAt: at,
      updatedAt: at,
      version: 1,
      customerId: customer.customerId,
      serviceCenterId: customer.id,
      kind: asked.kind,
      preferredDate: opening.day,
      preferredTime: opening.time,
      preferredAt: opening.at,
      vehicleId: vehicle?.id ?? null,
      notes: asked.notes,
      status: 'requested',
      declineReason: null,
      workOrderId: null,
      decidedAt: null,
      decidedById: null,
      decidedBy: null,
    });
  }
  const notes: NewRow<'customerNotes'>[] = [];
  for (const note of NOTES) {
    const customerId = customers.find((c) => c.email === note.email)?.customerId;
    if (!customerId) continue;
    const written = new Date(clock.nowMs - note.daysAgo * DAY_MS).toISOString();
    const acknowledgedAt = note.acknowledged && reviewer ? new Date(Date.parse(written) + DAY_MS).toISOString() : null;
    notes.push({
      createdAt: written,
      updatedAt: acknowledgedAt ?? written,
      version: acknowledgedAt ? 2 : 1,
      customerId,
      body: note.body,
      category: note.category,
      startsOn: note.days ? clock.iso(clock.today + note.days[0]) : null,
      endsOn: note.days ? clock.iso(clock.today + note.days[1]) : null,
      acknowledgedAt,
      acknowledgedById: acknowledgedAt ? reviewer!.id : null,
      acknowledgedBy: acknowledgedAt ? reviewer!.name : null,
    });
  }
  if (requests.length) await db.insertInto('appointmentRequests').values(requests).execute();
  if (notes.length) await db.insertInto('customerNotes').values(notes).execute();
  return requests.length + notes.length;
}
