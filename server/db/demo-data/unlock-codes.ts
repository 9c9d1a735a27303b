import type { NotNull } from 'kysely';
import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { expiresAt } from '../../rules/unlock-codes/rules.ts';
import type { Clock } from './clock.ts';
import type { Random } from './random.ts';

const DAY_MS = 86_400_000;
const REASONS = [
  'Stranded after a missed retest; calibration booked',
  'Customer locked out on the road, emergency',
  'Handset fault reported; service appointment tomorrow',
  'Lockout after a missed calibration window, travelling to the center',
];

/**
 * Unlock codes issued over the past 60 days where the state allows them (WA, FL in the seeds),
 * within each jurisdiction's limits: at most its per-program count per customer (3 where none),
 * on different UTC days (so a per-day limit of 1 holds), for installed devices of active
 * customers, by the demo compliance reviewer. The codes themselves are random and discarded:
 * only their scrypt hashes (random salts, so not part of the reproducible rows) are stored.
 */
export async function insertDemoUnlockCodes(db: Db, random: Random, clock: Clock): Promise<number> {
  const issuer = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'compliance').orderBy('id').executeTakeFirst();
  const states = await db
    .selectFrom('jurisdictions')
    .select(['id', 'unlockCodeValidHours', 'unlockCodesPerProgram'])
    .where('unlockCodesAllowed', '=', 1)
    .where('unlockCodeValidHours', 'is not', null)
    .orderBy('id')
    .$narrowType<{ unlockCodeValidHours: NotNull }>()
    .execute();
  const rows: NewRow<'unlockCodes'>[] = [];
  for (const state of states) {
    const devices = await db
      .selectFrom('devices')
      .innerJoin('customers', 'customers.id', 'devices.customerId')
      .select(['devices.id as deviceId', 'customers.id as customerId'])
      .where('customers.jurisdictionId', '=', state.id)
      .where('customers.status', '=', 'active')
      .where('devices.status', '=', 'installed')
      .where('devices.kind', '=', 'handset')
      .orderBy('devices.id')
      .execute();
    const perCustomer = state.unlockCodesPerProgram ?? 3;
    const seen = new Set<number>();
    for (const device of random.shuffle([...devices]).slice(0, 10)) {
      const customerId = device.customerId;
      if (seen.has(customerId)) continue;
      seen.add(customerId);
      const days = random.shuffle(Array.from({ length: 60 }, (_, i) => i + 1)).slice(0, random.int(1, perCustomer));
      for (const daysAgo of days) {
        const issuedMs = (clock.today - daysAgo) * DAY_MS + random.int(6 * 60, 22 * 60) * 60_000;
        const issued = new Date(issuedMs);
        rows.push({
          createdAt: issued.toISOString(),
          updatedAt: issued.toISOString(),
          version: 1,
          deviceId: device.deviceId,
          customerId,
          jurisdictionId: state.id,
          codeHash: String(random.digits(8)),
          issuedAt: issued.toISOString(),
          expiresAt: expiresAt(issued, state.unlockCodeValidHours).toISOString(),
          issuedById: issuer?.id ?? null,
          issuedBy: issuer?.name ?? null,
          reason: random.pick(REASONS),
        });
      }
    }
  }
  // Hashed in parallel (scrypt runs on the thread pool), then written in issue order.
  const hashes = await Promise.all(rows.map((row) => hashPassword(row.codeHash)));
  rows.forEach((row, i) => (row.codeHash = hashes[i]));
  rows.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  if (rows.length) await db.insertInto('unlockCodes').values(rows).execute();
  return rows.length;
}
