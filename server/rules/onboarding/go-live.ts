import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import type { Db, Transaction } from '../../db/database.ts';
import type { Decision } from '../../auth/policy.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import { missingGatesMessage } from './gates.ts';
import { centerGates } from './load.ts';
import { today } from '../../dates.ts';

/** The onboarding gates of a center now, and their verdict: allowed, or refused (409) naming the missing gates, each one's detail under its key. */
export async function gatesVerdict(db: Db | Transaction, centerId: number, now: Date): Promise<{ verdict: Decision; gates: Awaited<ReturnType<typeof centerGates>> }> {
  const gates = await centerGates(db, centerId, today(now));
  const missing = gates.filter((g) => !g.met);
  const verdict: Decision = missing.length
    ? { allowed: false, status: 409, reason: missingGatesMessage(gates), errors: Object.fromEntries(missing.map((g) => [g.key, g.detail])) }
    : { allowed: true };
  return { verdict, gates };
}

/**
 * POST /api/service-centers/:id/go-live in the caller's transaction: puts a center live (or
 * reinstates a suspended one) when every onboarding gate is met; otherwise 409 naming the
 * missing gates, with each one's detail in `errors`.
 */
export async function goLive(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'go-live', serviceCenters, id, version);

  const { verdict, gates } = await gatesVerdict(ctx.trx, id, now);
  assertAllowed(verdict);

  const at = now.toISOString();
  const reinstated = before.onboardingStatus === 'suspended' || before.onboardingStatus === 'closed';
  return updateLogged(
    ctx,
    serviceCenters,
    before,
    { onboardingStatus: 'live', statusChangedAt: at, wentLiveAt: at },
    { action: 'go-live', summary: `${reinstated ? `Reinstated (was ${String(before.onboardingStatus)})` : 'Went live'}: all ${gates.length} onboarding gates met` },
    now,
  );
}
