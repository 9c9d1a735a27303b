import { z } from 'zod';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { conflict } from '../../rest/errors.ts';
import { commandBody } from '../../rest/schemas.ts';
import { outbox } from '../../resources/outbox.ts';
import { retryRefusal } from './rules.ts';

/** The body of the retry command: optionally a corrected address, and the version the user saw. */
export const retryBody = commandBody({ recipient: z.email('Must be an email address').max(200).optional() });

/** POST /api/outbox/:id/retry: a failed message goes back in the queue (attempts from zero), optionally to a corrected address. */
export async function retryMessage(ctx: WriteContext, id: number, body: z.output<typeof retryBody>) {
  const before = await findAuthorized(ctx.trx, ctx.user, 'retry', outbox, id, body.version);
  const { recipient } = body;
  const refusal = retryRefusal({ status: String(before.status), recipient: String(before.recipient) }, recipient);
  if (refusal) throw conflict(refusal, { status: refusal });
  return updateLogged(ctx, outbox, before, { status: 'queued', attempts: 0, ...(recipient ? { recipient } : {}) }, { summary: `Queued again${recipient ? ` to ${recipient}` : ''}` });
}
