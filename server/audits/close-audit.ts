import type { WriteContext } from '../rest/logged-write.ts';
import { findRecord, updateLogged } from '../rest/logged-write.ts';
import { audits } from '../resources/audits.ts';
import { recomputeCenterRating } from './rating.ts';

type Values = Record<string, unknown>;

/**
 * After a corrective action's status changed: its audit is closed once none of its actions is
 * open (and submitted again when one reopens), a logged change of the audit; open and overdue
 * actions count in the rating, so the center is rated again.
 */
export async function closeAuditWhenDone(ctx: WriteContext, before: Values, after: Values) {
  if (before.status === after.status) return;
  const open = await ctx.trx
    .selectFrom('correctiveActions')
    .select('id')
    .where('auditId', '=', after.auditId as number)
    .where('status', '=', 'open')
    .limit(1)
    .executeTakeFirst();
  const audit = await findRecord(ctx.trx, audits, after.auditId as number, ctx.user);
  const status = open ? 'submitted' : 'closed';
  if (audit.status !== status && (audit.status === 'submitted' || audit.status === 'closed')) {
    await updateLogged(ctx, audits, audit, { status }, { summary: open ? `Reopened: corrective action ${String(after.id)} is open again` : 'Closed: no corrective action is open' });
  }
  await recomputeCenterRating(ctx, after.serviceCenterId as number, `after corrective action ${String(after.id)} was ${String(after.status)}`);
}
