import { z } from 'zod';
import type { WriteContext } from '../../rest/logged-write.ts';
import { updateLogged } from '../../rest/logged-write.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { commandBody, requiredText } from '../../rest/schemas.ts';
import { correctiveActions } from '../../resources/audits.ts';
import { text } from '../../resources/fields.ts';
import { closeAuditWhenDone } from '../../audits/close-audit.ts';
import { assertEvidence } from './evidence.ts';

type Row = Record<string, unknown>;

/** POST /api/corrective-actions/:id/respond: the center's answer. */
export const respondBody = commandBody({ response: requiredText(4000) });
/** POST /api/corrective-actions/:id/close: compliance's optional word on closing it. */
export const closeBody = commandBody({ comment: z.preprocess((value) => (value === '' ? null : value), text(2000).schema.nullish()) });
/** POST /api/corrective-actions/:id/reopen: why it is not done (the center sees it). */
export const reopenBody = commandBody({ comment: requiredText(2000) });

/** A change of the action's status, logged as the command, with the audit and the rating following it. */
async function changeStatus(ctx: WriteContext, before: Row, changes: Row, action: string, summary: string, now: Date) {
  const after = await updateLogged(ctx, correctiveActions, before, changes, { action, summary }, now);
  await closeAuditWhenDone(ctx, before, after);
  return after;
}

/** The center's staff answer an open action (what they did; evidence files go by their own upload): it awaits verification. */
export async function respondToAction(ctx: WriteContext, id: number, body: z.output<typeof respondBody>, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'respond', correctiveActions, id, body.version);
  const changes = { status: 'done', closedAt: now.toISOString(), response: body.response, respondedAt: now.toISOString(), respondedById: ctx.user.id, respondedBy: ctx.user.name };
  return changeStatus(ctx, before, changes, 'respond', `Answered by ${ctx.user.name}: awaiting verification`, now);
}

/** Compliance closes an action (verified), with an optional comment; a major or critical one only with an evidence file. */
export async function closeAction(ctx: WriteContext, id: number, body: z.output<typeof closeBody>, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'close', correctiveActions, id, body.version);
  await assertEvidence(ctx.trx, before);
  const changes = { status: 'verified', closedAt: now.toISOString(), reviewComment: body.comment ?? null, reviewedAt: now.toISOString(), reviewedBy: ctx.user.name };
  return changeStatus(ctx, before, changes, 'close', `Verified and closed by ${ctx.user.name}`, now);
}

/** Compliance reopens an answered or closed action with the reason, for the center to act on. */
export async function reopenAction(ctx: WriteContext, id: number, body: z.output<typeof reopenBody>, now = new Date()) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'reopen', correctiveActions, id, body.version);
  const changes = { status: 'open', closedAt: null, reviewComment: body.comment, reviewedAt: now.toISOString(), reviewedBy: ctx.user.name };
  return changeStatus(ctx, before, changes, 'reopen', `Reopened by ${ctx.user.name}`, now);
}
