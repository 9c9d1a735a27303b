import type { Db } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { scopeOf } from '../../auth/policy.ts';
import { PRE_LIVE_STATUSES } from '../../resources/choices.ts';
import { scopeWhere } from '../../rest/scope.ts';
import { daysSince, today } from '../../dates.ts';
import { onboardingGates } from './gates.ts';
import { loadGateInputs } from './load.ts';

export interface BoardCard {
  id: number;
  name: string;
  city: string;
  state: string;
  statusChangedAt: string | null;
  daysInStage: number;
  /** Longer in the stage than the threshold. */
  stalled: boolean;
  /** Labels of the gates not met yet. */
  blockers: string[];
  gatesMet: number;
  gatesTotal: number;
}

export interface OnboardingBoard {
  stalledAfterDays: number;
  asOf: string;
  stages: { status: string; centers: BoardCard[] }[];
}

/**
 * The centers on their way to live, per stage (the actor's scope), longest in stage first, with
 * what blocks each: six queries in all, however many centers.
 */
export async function onboardingBoard(db: Db, actor: Actor, stalledAfterDays: number, now = new Date()): Promise<OnboardingBoard> {
  const centers = await db
    .selectFrom('serviceCenters')
    .select(['id', 'name', 'city', 'state', 'onboardingStatus', 'statusChangedAt'])
    .where('onboardingStatus', 'in', [...PRE_LIVE_STATUSES])
    .where(scopeWhere(scopeOf(actor, 'service-centers')))
    .execute();
  const inputs = await loadGateInputs(
    db,
    centers.map((c) => c.id),
    today(now),
  );
  const stages = PRE_LIVE_STATUSES.map((status) => ({ status, centers: [] as BoardCard[] }));
  for (const c of centers) {
    const gates = onboardingGates(inputs.get(c.id)!);
    const daysInStage = daysSince(c.statusChangedAt, now);
    stages
      .find((s) => s.status === c.onboardingStatus)!
      .centers.push({
        id: c.id,
        name: c.name,
        city: c.city,
        state: c.state,
        statusChangedAt: c.statusChangedAt,
        daysInStage,
        stalled: daysInStage > stalledAfterDays,
        blockers: gates.filter((g) => !g.met).map((g) => g.label),
        gatesMet: gates.filter((g) => g.met).length,
        gatesTotal: gates.length,
      });
  }
  for (const stage of stages) stage.centers.sort((a, b) => b.daysInStage - a.daysInStage || a.name.localeCompare(b.name));
  return { stalledAfterDays, asOf: now.toISOString(), stages };
}
