import { z } from 'zod';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { badRequest, conflict, fieldErrors } from '../../rest/errors.ts';
import { outbox } from '../../resources/outbox.ts';
import { retryRefusal } from './rules.ts';

const retryBody = z.strictObject({ recipient: z.email('Must be an email address').max(200).optional() });

/** POST /api/outbox/:id/retry: a failed message goes back in the queue (attempts from zero), optionally to a corrected address. */
export async function retryMessage(ctx: WriteContext, id: number, rawBody: unknown) {
  const parsed = retryBody.safeParse(rawBody ?? {});
  if (!parsed.success) throw badRequest('Some fields are invalid', fieldErrors(parsed.error));
  const before = await findAuthorized(ctx.trx, ctx.user, 'retry', outbox, id);
  const { recipient } = parsed.data;
  const refusal = retryRefusal({ status: String(before.status), recipient: String(before.recipient) }, recipient);
  if (refusal) throw conflict(refusal, { status: refusal });
  return updateLogged(ctx, outbox, before, { status: 'queued', attempts: 0, ...(recipient ? { recipient } : {}) }, { summary: `Queued again${recipient ? ` to ${recipient}` : ''}` });
}
