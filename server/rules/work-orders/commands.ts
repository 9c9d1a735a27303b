import { z } from 'zod';
import type { WriteContext } from '../../rest/logged-write.ts';
import { isoDateTime, recordVersion } from '../../rest/schemas.ts';
import { updateLogged } from '../../rest/logged-write.ts';
import { badRequest, conflict } from '../../rest/errors.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { writeAudit } from '../../auth/audit.ts';
import { workOrders } from '../../resources/work-orders.ts';
import { applyCompletion } from './complete.ts';
import { rateIfRecordedLate } from './recorded-late.ts';
import { reportCompletion } from '../reporting/work-order-events.ts';
import { workOrderSheet, type WorkOrderSheet } from './sheet.ts';
import { completeProblem, needsAuthorization, overWalkInTarget, WALK_IN_TARGET_MINUTES } from './rules.ts';

type Row = Record<string, unknown>;

/** POST /api/work-orders/:id/authorize: compliance (only) authorises a removal, exchange or vehicle switch. */
export async function authorizeWorkOrder(ctx: WriteContext, id: number, version?: number, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'authorize', workOrders, id, version);
  return updateLogged(
    ctx,
    workOrders,
    before,
    { status: 'authorized', authorizedAt: now.toISOString(), authorizedById: ctx.user.id, authorizedBy: ctx.user.name },
    { action: 'authorize', summary: `Authorised by ${ctx.user.name}` },
    now,
  );
}

/** A time left blank in the completion form: absent. */
export const optionalTime = z.preprocess((value) => (value === '' ? null : value), isoDateTime.nullish());

/**
 * The body of the complete command: when the work started and ended (both optional), and the
 * version the user saw; anything else is ignored (an authorisation or a status in it counts for nothing).
 */
export const completionBody = z.preprocess((body) => body ?? {}, z.object({ startedAt: optionalTime, completedAt: optionalTime, version: recordVersion }));
export type CompletionBody = z.output<typeof completionBody>;

/** The start and end of the work: the start from the body or the order, the end from the body (not in the future). */
function completionTimes(body: CompletionBody, before: Row, now: Date) {
  const startedAt = body.startedAt ?? ((before.startedAt as string | null) ?? null);
  const completedAt = body.completedAt ?? null;
  if (completedAt && completedAt > now.toISOString()) throw badRequest('Some fields are invalid', { completedAt: 'Cannot be in the future' });
  return { startedAt, completedAt };
}

/**
 * POST /api/work-orders/:id/complete (admin, compliance): records the work as done and, in the
 * same transaction, updates the devices, the customer's program and the calibration dates; a
 * completion recorded late is a compliance exception, and the center is rated again.
 */
export async function completeWorkOrder(ctx: WriteContext, id: number, body: CompletionBody, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'complete', workOrders, id, body.version);
  const times = completionTimes(body, before, now);
  const type = String(before.type);
  const order = { type, status: String(before.status), authorizedAt: (before.authorizedAt as string | null) ?? null, scheduledAt: String(before.scheduledAt) };
  const problem = completeProblem(order, times, now.toISOString());
  if (problem) throw conflict(problem.message, { [problem.field]: problem.message });
  const completedAt = times.completedAt ?? now.toISOString();
  await applyCompletion(ctx, before, completedAt.slice(0, 10), now);
  const after = await updateLogged(
    ctx,
    workOrders,
    before,
    { status: 'completed', startedAt: times.startedAt, completedAt },
    { action: 'complete', summary: `Completed${needsAuthorization(type) ? ` (authorised by ${String(before.authorizedBy)})` : ''}` },
    now,
  );
  await rateIfRecordedLate(ctx, after, now);
  await reportCompletion(ctx, after, now);
  const warnings = overWalkInTarget(type, times.startedAt, completedAt) ? [`This walk-in took longer than the ${WALK_IN_TARGET_MINUTES}-minute target`] : [];
  return { ...after, warnings };
}

/** What a printed work order shows (the answer of the print command): the sheet, who printed it and when. */
export type PrintedWorkOrder = WorkOrderSheet & { printedAt: string; printedBy: string };

/**
 * POST /api/work-orders/:id/print: the work order's sheet (./sheet.ts) for whoever may print it,
 * within their scope, and an audit-log row recording the print.
 */
export async function printWorkOrder(ctx: WriteContext, id: number, version?: number, now = new Date()): Promise<PrintedWorkOrder> {
  const order = await findAuthorized(ctx.trx, ctx.user, 'print', workOrders, id, version);
  const sheet = await workOrderSheet(ctx, order);
  await writeAudit(ctx.trx, { userId: ctx.user.id, userName: ctx.user.name, action: 'print', resource: 'work-orders', recordId: id, summary: `Printed ${String(order.number)}` }, now);
  return { ...sheet, printedAt: now.toISOString(), printedBy: ctx.user.name };
}
