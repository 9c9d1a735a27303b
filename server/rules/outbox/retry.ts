import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import type { SignedInUser } from '../../auth/sessions.ts';
import { decide } from '../../auth/policy.ts';
import { diffRecords, writeAudit } from '../../auth/audit.ts';
import { HttpError, badRequest, conflict } from '../../rest/errors.ts';
import { findRow } from '../../rest/writes.ts';
import { toRecord } from '../../rest/records.ts';
import { resourceByName } from '../../resources/index.ts';
import { RETRY_ROLES, retryRefusal } from './rules.ts';

const outbox = resourceByName.get('outbox')!;

const retryBody = z.strictObject({ recipient: z.email('Must be an email address').max(200).optional() });

/** POST /api/outbox/:id/retry: a failed message goes back in the queue (attempts from zero), optionally to a corrected address. */
export async function retryMessage(trx: Transaction, user: SignedInUser, id: number, rawBody: unknown) {
  if (!RETRY_ROLES.includes(user.role)) throw new HttpError(403, `A ${user.role} may not retry messages`);
  const read = decide(user, 'read', 'outbox');
  if (!read.allowed) throw new HttpError(403, read.reason);
  const parsed = retryBody.safeParse(rawBody ?? {});
  if (!parsed.success) {
    throw badRequest('Some fields are invalid', Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'body'), i.message])));
  }
  const before = toRecord(outbox, await findRow(trx, outbox, id, user));
  const refusal = retryRefusal({ status: String(before.status), recipient: String(before.recipient) }, parsed.data.recipient);
  if (refusal) throw conflict(refusal, { status: refusal });
  const updated = await trx
    .updateTable('outbox')
    .set({
      status: 'queued',
      attempts: 0,
      ...(parsed.data.recipient ? { recipient: parsed.data.recipient } : {}),
      updatedAt: new Date().toISOString(),
      version: Number(before.version) + 1,
    })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else changed this message meanwhile. Reload it.');
  const after = toRecord(outbox, await findRow(trx, outbox, id, user));
  await writeAudit(trx, {
    userId: user.id,
    userName: user.name,
    action: 'update',
    resource: 'outbox',
    recordId: id,
    summary: `Queued again${parsed.data.recipient ? ` to ${parsed.data.recipient}` : ''}`,
    diff: diffRecords(before, after),
  });
  return after;
}
