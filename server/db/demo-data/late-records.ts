import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import { RECORDING_DEADLINE_HOURS } from '../../audits/compliance-exceptions.ts';
import { DAY_MS, HOUR_MS, isoTime, type Clock } from './clock.ts';
import { insertRows } from './insert.ts';
import type { Random } from './random.ts';

/** How often a live center records a completion late: most never, a few often. */
const HABIT = { never: 50, rarely: 30, sometimes: 15, often: 5 } as const;
const SHARE: Record<keyof typeof HABIT, number> = { never: 0, rarely: 0.03, sometimes: 0.08, often: 0.15 };

/**
 * Completions of the past 12 months recorded more than RECORDING_DEADLINE_HOURS after the work
 * ended (the audit-log row of the complete command, 1 to 4 days late): a compliance exception the
 * rating counts, at a rate that varies between the live centers. Returns the number of rows.
 */
export async function insertDemoLateRecords(db: Db, random: Random, clock: Clock): Promise<number> {
  const admin = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'admin').orderBy('id').executeTakeFirstOrThrow();
  const latestEnd = clock.nowMs - (RECORDING_DEADLINE_HOURS + 2) * HOUR_MS;
  const orders = await db
    .selectFrom('workOrders as w')
    .innerJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id', 'w.serviceCenterId', 'w.completedAt', 'w.number'])
    .where('s.onboardingStatus', '=', 'live')
    .where('w.status', '=', 'completed')
    .where('w.completedAt', '>=', isoTime(clock.nowMs - 365 * DAY_MS))
    .where('w.completedAt', '<=', isoTime(latestEnd))
    .orderBy('w.serviceCenterId')
    .orderBy('w.id')
    .execute();
  const rows: NewRow<'auditLog'>[] = [];
  let center: number | null = null;
  let share = 0;
  for (const order of orders) {
    if (order.serviceCenterId !== center) {
      center = order.serviceCenterId;
      share = SHARE[random.weighted(HABIT)];
    }
    if (!random.chance(share)) continue;
    const endMs = Date.parse(order.completedAt!);
    const recordedMs = Math.min(endMs + random.int(RECORDING_DEADLINE_HOURS + 2, 4 * 24) * HOUR_MS, clock.nowMs);
    rows.push({
      at: isoTime(recordedMs),
      userId: admin.id,
      userName: admin.name,
      action: 'complete',
      resource: 'work-orders',
      recordId: order.id,
      summary: `Completed ${String(order.number)}, recorded late`,
      diff: JSON.stringify({ status: ['scheduled', 'completed'], completedAt: [null, order.completedAt] }),
    });
  }
  rows.sort((a, b) => a.at.localeCompare(b.at));
  return insertRows(db, 'auditLog', rows);
}
