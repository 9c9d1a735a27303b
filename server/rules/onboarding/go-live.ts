import type { Transaction } from '../../db/database.ts';
import type { SignedInUser } from '../../auth/sessions.ts';
import { goLiveDecision } from '../../auth/policy.ts';
import { diffRecords, writeAudit } from '../../auth/audit.ts';
import { HttpError, conflict } from '../../rest/errors.ts';
import { findRow } from '../../rest/writes.ts';
import { toRecord } from '../../rest/records.ts';
import { resourceByName } from '../../resources/index.ts';
import { missingGatesMessage } from './gates.ts';
import { centerGates, isoToday } from './load.ts';

const serviceCenters = resourceByName.get('service-centers')!;

/**
 * POST /api/service-centers/:id/go-live in the caller's transaction: puts a center live (or
 * reinstates a suspended one) when every onboarding gate is met; otherwise 409 naming the
 * missing gates, with each one's detail in `errors`.
 */
export async function goLive(trx: Transaction, user: SignedInUser, id: number, now = new Date()) {
  const role = goLiveDecision(user);
  if (!role.allowed) throw new HttpError(403, role.reason);
  const before = toRecord(serviceCenters, await findRow(trx, serviceCenters, id, user));
  const allowed = goLiveDecision(user, before);
  if (!allowed.allowed) throw new HttpError(403, allowed.reason);
  if (before.onboardingStatus === 'live') throw conflict('This center is already live', { onboardingStatus: 'Already live' });

  const gates = await centerGates(trx, id, isoToday(now));
  const missing = gates.filter((g) => !g.met);
  if (missing.length) throw conflict(missingGatesMessage(gates), Object.fromEntries(missing.map((g) => [g.key, g.detail])));

  const at = now.toISOString();
  const updated = await trx
    .updateTable('serviceCenters')
    .set({ onboardingStatus: 'live', statusChangedAt: at, wentLiveAt: at, updatedAt: at, version: Number(before.version) + 1 })
    .where('id', '=', id)
    .where('version', '=', before.version as number)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else changed this center meanwhile. Reload it.');
  const after = toRecord(serviceCenters, await findRow(trx, serviceCenters, id, user));
  const reinstated = before.onboardingStatus === 'suspended' || before.onboardingStatus === 'closed';
  await writeAudit(
    trx,
    {
      userId: user.id,
      userName: user.name,
      action: 'go-live',
      resource: 'service-centers',
      recordId: id,
      summary: `${reinstated ? `Reinstated (was ${String(before.onboardingStatus)})` : 'Went live'}: all ${gates.length} onboarding gates met`,
      diff: diffRecords(before, after),
    },
    now,
  );
  return after;
}
