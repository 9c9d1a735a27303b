import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import type { COMPLAINT_CATEGORIES } from '../../resources/choices.ts';
import { DAY_MS, HOUR_MS, isoTime, type Clock } from './clock.ts';
import { insertRows } from './insert.ts';
import type { Random } from './random.ts';

type Category = (typeof COMPLAINT_CATEGORIES)[number];

/** How many complaints a live center received over the past year: most none, a few several. */
const PER_CENTER = { none: 62, one: 22, two: 11, several: 5 } as const;
const COUNT: Record<keyof typeof PER_CENTER, number> = { none: 0, one: 1, two: 2, several: 4 };
const CATEGORY_SHARE: Record<Category, number> = { 'wait-time': 35, 'service-quality': 25, billing: 20, 'staff-conduct': 12, other: 8 };

/** What customers wrote, and what compliance answered, per category. */
const TEXTS: Record<Category, { bodies: string[]; resolutions: string[] }> = {
  'wait-time': {
    bodies: ['I waited over an hour past my appointment time.', 'The calibration took 40 minutes instead of the five I was told.', 'Nobody was at the counter when I arrived for my walk-in.'],
    resolutions: ['The center added a second technician on busy mornings.', 'We reminded the center of the 5-minute walk-in standard and will check it at the next audit.'],
  },
  'service-quality': {
    bodies: ['A tamper seal was missing after my calibration.', 'The handset cord was left loose under the dash.', 'My car would not start after the install until I came back.'],
    resolutions: ['The center re-inspected the installation at no charge and resealed it.', 'The installer was retrained on cable routing; the repair was free.'],
  },
  billing: {
    bodies: ['I was charged twice for the same calibration.', 'The price at the counter was higher than the fee schedule I was given.'],
    resolutions: ['The duplicate charge was refunded to the card on file.', 'The center charged the agreed price and refunded the difference.'],
  },
  'staff-conduct': {
    bodies: ['The technician was rude and would not answer my questions.', 'Staff discussed my case in front of other customers.'],
    resolutions: ['The center manager apologised and spoke with the employee.', 'The center was reminded that customer information stays private; we follow it up at the next audit.'],
  },
  other: {
    bodies: ['The waiting area was closed and I had to wait outside.', 'The center did not display its state authorisation.'],
    resolutions: ['The center reopened its waiting area.', 'The center now displays its authorisation and complaint contact.'],
  },
};

/** A resolved complaint was answered within this many days. */
const RESOLVED_WITHIN_DAYS = 10;

/**
 * Complaints about live centers over the past 12 months (what the rating counts per 100
 * services), each by a customer about one of their completed visits there, filed a few days after
 * it; most of those older than RESOLVED_WITHIN_DAYS resolved by the demo compliance reviewer. The
 * demo customer login has one, resolved, about their latest visit. Returns the number of rows.
 */
export async function insertDemoComplaints(db: Db, random: Random, clock: Clock): Promise<number> {
  const reviewer = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'compliance').orderBy('id').executeTakeFirstOrThrow();
  const since = isoTime(clock.nowMs - 365 * DAY_MS);
  const visits = await db
    .selectFrom('workOrders as w')
    .innerJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id', 'w.serviceCenterId', 'w.customerId', 'w.completedAt'])
    .where('s.onboardingStatus', '=', 'live')
    .where('w.status', '=', 'completed')
    .where('w.customerId', 'is not', null)
    .where('w.completedAt', '>=', since)
    .orderBy('w.serviceCenterId')
    .orderBy('w.id')
    .execute();
  const byCenter = new Map<number, typeof visits>();
  for (const visit of visits) byCenter.set(visit.serviceCenterId, [...(byCenter.get(visit.serviceCenterId) ?? []), visit]);

  const rows: NewRow<'complaints'>[] = [];
  const complain = (visit: (typeof visits)[number], category: Category, resolve: boolean) => {
    const createdMs = Math.min(Date.parse(visit.completedAt!) + random.int(2, 120) * HOUR_MS, clock.nowMs - HOUR_MS);
    const resolvedMs = createdMs + random.int(1, RESOLVED_WITHIN_DAYS) * DAY_MS;
    const resolved = resolve && resolvedMs < clock.nowMs;
    rows.push({
      createdAt: isoTime(createdMs),
      updatedAt: isoTime(resolved ? resolvedMs : createdMs),
      version: resolved ? 2 : 1,
      customerId: visit.customerId!,
      serviceCenterId: visit.serviceCenterId,
      workOrderId: random.chance(0.7) ? visit.id : null,
      category,
      body: random.pick(TEXTS[category].bodies),
      status: resolved ? 'resolved' : 'open',
      resolution: resolved ? random.pick(TEXTS[category].resolutions) : null,
      resolvedAt: resolved ? isoTime(resolvedMs) : null,
      resolvedById: resolved ? reviewer.id : null,
      resolvedBy: resolved ? reviewer.name : null,
    });
  };
  for (const centerVisits of byCenter.values()) {
    const count = COUNT[random.weighted(PER_CENTER)];
    for (let i = 0; i < count; i++) complain(random.pick(centerVisits), random.weighted(CATEGORY_SHARE), random.chance(0.75));
  }
  const demoLogin = await db.selectFrom('users').select('customerId').where('email', '=', 'customer@example.com').executeTakeFirst();
  const latest = visits.filter((v) => v.customerId === demoLogin?.customerId).sort((a, b) => a.completedAt!.localeCompare(b.completedAt!)).at(-1);
  if (latest) complain(latest, 'wait-time', true);
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return insertRows(db, 'complaints', rows);
}
