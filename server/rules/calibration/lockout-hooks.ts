import type { WriteContext } from '../../rest/logged-write.ts';
import { findRecord, updateLogged } from '../../rest/logged-write.ts';
import { writeAudit } from '../../auth/audit.ts';
import { devices } from '../../resources/devices.ts';
import { DEFAULT_GRACE_DAYS } from './due-dates.ts';
import { customerLockoutChanges, jurisdictionLockoutChanges, type LockoutChange } from './lockout.ts';

type Values = Record<string, unknown>;

/** Each device's new lockout date, a logged change of a derived value (the device's version stays). */
async function applyLockouts(ctx: WriteContext, changes: LockoutChange[], summary: string) {
  for (const change of changes) {
    const before = await findRecord(ctx.trx, devices, change.id, ctx.user);
    await updateLogged(ctx, devices, before, { lockoutOn: change.lockoutOn }, { summary, derived: true });
  }
}

/** After a jurisdiction is written (its afterWrite): new grace days move the lockout date of every device it governs. */
export async function followJurisdictionGrace(ctx: WriteContext, action: 'create' | 'update', before: Values | undefined, after: Values) {
  if (action !== 'update' || before?.graceDaysBeforeLockout === after.graceDaysBeforeLockout) return;
  const grace = (after.graceDaysBeforeLockout as number | null) ?? DEFAULT_GRACE_DAYS;
  const rules = { calibrationIntervalDays: after.calibrationIntervalDays as number | null, graceDaysBeforeLockout: after.graceDaysBeforeLockout as number | null };
  const changes = await jurisdictionLockoutChanges(ctx.trx, after.id as number, rules);
  const summary = `Lockout dates of ${changes.length} ${changes.length === 1 ? 'device' : 'devices'} in ${String(after.code)} recomputed for ${grace} grace days`;
  await applyLockouts(ctx, changes, summary);
  await writeAudit(ctx.trx, { userId: ctx.user.id, userName: ctx.user.name, action: 'recompute', resource: 'devices', summary });
}

/** After a customer is written (its afterWrite): a move to another jurisdiction moves their devices' lockout dates to its grace. */
export async function followCustomerJurisdiction(ctx: WriteContext, action: 'create' | 'update', before: Values | undefined, after: Values) {
  if (action !== 'update' || before?.jurisdictionId === after.jurisdictionId) return;
  await applyLockouts(ctx, await customerLockoutChanges(ctx.trx, after.id as number), `Lockout date under the grace of the customer's new jurisdiction`);
}
