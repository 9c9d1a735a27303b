import type { Db } from '../database.ts';
import { writeAudit } from '../../auth/audit.ts';
import { AUTHORISED_TYPES, completeBlocker } from '../../rules/work-orders/rules.ts';
import type { Clock } from './clock.ts';

const HOUR_MS = 3_600_000;
/** One refused attempt per this many work orders waiting for authorisation, at most MAX. */
const EVERY = 15;
const MAX = 25;

/**
 * A few refused attempts to complete a removal, exchange or vehicle switch that compliance had
 * not authorised (audit-log `complete-refused`, as the complete command records them), spread
 * over the last 30 days: what the compliance dashboard watches for.
 */
export async function insertDemoRefusals(db: Db, clock: Clock): Promise<number> {
  const waiting = await db
    .selectFrom('workOrders')
    .select(['id', 'type', 'status'])
    .where('type', 'in', [...AUTHORISED_TYPES])
    .where('status', 'in', ['requested', 'scheduled'])
    .where('authorizedAt', 'is', null)
    .orderBy('id')
    .execute();
  const admin = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'admin').orderBy('id').executeTakeFirstOrThrow();
  const chosen = waiting.filter((_, i) => i % EVERY === 0).slice(0, MAX);
  for (const [i, order] of chosen.entries()) {
    const at = new Date(clock.nowMs - (((i * 7) % 30) * 24 + 2 + (i % 9)) * HOUR_MS);
    await writeAudit(
      db,
      {
        userId: admin.id,
        userName: admin.name,
        action: 'complete-refused',
        resource: 'work-orders',
        recordId: order.id,
        summary: completeBlocker({ ...order, authorizedAt: null })?.message,
      },
      at,
    );
  }
  return chosen.length;
}
