import { z } from 'zod';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import { badRequest } from '../../rest/errors.ts';
import type { Decision } from '../../auth/policy.ts';
import { commandBody } from '../../rest/schemas.ts';
import { workOrders } from '../../resources/work-orders.ts';
import { noShowProblem, startProblem } from './rules.ts';
import { optionalTime } from './commands.ts';
import { reportMissedService } from '../reporting/work-order-events.ts';

/** The body of the start command: when the customer arrived and when the work started (both default to now), and the version seen. */
export const startBody = commandBody({ arrivedAt: optionalTime, startedAt: optionalTime });
export type StartBody = z.output<typeof startBody>;

/**
 * POST /api/work-orders/:id/start (admin, compliance, the center's own staff): a booked work
 * order is in progress, with its arrival and start (neither in the future, the start not before
 * the arrival).
 */
export async function startWorkOrder(ctx: WriteContext, id: number, body: StartBody, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'start', workOrders, id, body.version);
  // Given only a start, the customer arrived then.
  const startedAt = body.startedAt ?? now.toISOString();
  const arrivedAt = body.arrivedAt ?? startedAt;
  const problem = startProblem({ arrivedAt, startedAt }, now.toISOString());
  if (problem) throw badRequest('Some fields are invalid', { [problem.field]: problem.message });
  return updateLogged(ctx, workOrders, before, { status: 'in-progress', arrivedAt, startedAt }, { action: 'start', summary: `Started by ${ctx.user.name}` }, now);
}

/** A no-show once the appointment's time has passed (409 before): what the command checks and the dry run shows. */
export function noShowVerdict(order: Record<string, unknown>, now: Date): Decision {
  const problem = noShowProblem(String(order.scheduledAt), now.toISOString());
  return problem ? { allowed: false, reason: problem.message, status: 409, errors: { [problem.field]: problem.message } } : { allowed: true };
}

/**
 * POST /api/work-orders/:id/no-show (admin, compliance, the center expecting the customer): the
 * customer of a booked work order did not come, once its time has passed (409 before).
 */
export async function markNoShow(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'no-show', workOrders, id, version);
  assertAllowed(noShowVerdict(before, now));
  const after = await updateLogged(ctx, workOrders, before, { status: 'no-show' }, { action: 'no-show', summary: `No-show recorded by ${ctx.user.name}` }, now);
  await reportMissedService(ctx, after, now);
  return after;
}
