import { z } from 'zod';
import { findAuthorized } from '../../rest/authorize.ts';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { commandBody, requiredText } from '../../rest/schemas.ts';
import { reportingObligations } from '../../resources/reporting-obligations.ts';

/** The body of the report command: the state's reference of the report (required), optionally the version seen. */
export const reportBody = commandBody({ reference: requiredText(200) });

/** reported, or reported-late when the deadline had passed (it stays visible as late). */
export const reportedStatus = (dueAt: string, reportedAt: string) => (reportedAt > dueAt ? 'reported-late' : 'reported');

/** POST /api/reporting-obligations/:id/report: compliance reported the event to the state, with the state's reference; once only. */
export async function reportObligation(ctx: WriteContext, id: number, body: z.output<typeof reportBody>, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'report', reportingObligations, id, body.version);
  const reportedAt = now.toISOString();
  const status = reportedStatus(String(before.dueAt), reportedAt);
  const changes = { reportedAt, reference: body.reference, reportedById: ctx.user.id, reportedBy: ctx.user.name, status };
  return updateLogged(ctx, reportingObligations, before, changes, { action: 'report', summary: `Reported${status === 'reported-late' ? ' late' : ''} by ${ctx.user.name}, reference ${body.reference}` }, now);
}
