import type { Db } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import { actionsOf, decide, type Decision } from '../auth/policy.ts';
import { centerFacts } from './authorize.ts';
import { unlockCodeState } from '../rules/unlock-codes/issue.ts';
import { gatesVerdict } from '../rules/onboarding/go-live.ts';
import { evidenceMissing } from '../rules/corrective-actions/evidence.ts';
import { receiptVerdict } from '../rules/shipments/receive.ts';
import { noShowVerdict } from '../rules/work-orders/progress.ts';

type Values = Record<string, unknown>;

/** What a command checks in the database beyond the record, once the policy allows it: the same check the command runs. */
const PRECHECKS: Record<string, (db: Db, record: Values, now: Date) => Promise<Decision>> = {
  'devices:issue-unlock-code': async (db, device, now) => (await unlockCodeState(db, device, now)).verdict,
  'service-centers:go-live': async (db, center, now) => (await gatesVerdict(db, Number(center.id), now)).verdict,
  'corrective-actions:close': async (db, action) => {
    const missing = await evidenceMissing(db, action);
    return missing ? { allowed: false, status: 409, reason: missing, errors: { evidence: missing } } : { allowed: true };
  },
  'shipment-packages:receive': (db, pkg) => receiptVerdict(db, pkg),
  'work-orders:no-show': async (_db, order, now) => noShowVerdict(order, now),
};

/**
 * The dry run of every action on one record (create is not about a record): the policy's answer
 * with the record's state and centers, and for commands it allows, the command's own checks —
 * what the SPA shows before the user tries. The command still decides when it runs.
 */
export async function dryRun(db: Db, actor: Actor, resource: string, record: Values, now = new Date()): Promise<Record<string, Decision>> {
  const centers = await centerFacts(db, resource, record);
  const decisions: Record<string, Decision> = {};
  for (const action of actionsOf(resource).filter((a) => a !== 'create')) {
    const decision = decide(actor, action, resource, { record, centers });
    const precheck = PRECHECKS[`${resource}:${action}`];
    decisions[action] = decision.allowed && precheck ? await precheck(db, record, now) : decision;
  }
  return decisions;
}
