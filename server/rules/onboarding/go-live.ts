import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { conflict } from '../../rest/errors.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import { missingGatesMessage } from './gates.ts';
import { centerGates } from './load.ts';
import { today } from '../../dates.ts';

/**
 * POST /api/service-centers/:id/go-live in the caller's transaction: puts a center live (or
 * reinstates a suspended one) when every onboarding gate is met; otherwise 409 naming the
 * missing gates, with each one's detail in `errors`.
 */
export async function goLive(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'go-live', serviceCenters, id, version);

  const gates = await centerGates(ctx.trx, id, today(now));
  const missing = gates.filter((g) => !g.met);
  if (missing.length) throw conflict(missingGatesMessage(gates), Object.fromEntries(missing.map((g) => [g.key, g.detail])));

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
