import type { Db } from '../../db/database.ts';
import type { OutgoingMessage, Transport } from './transport.ts';

/** A message whose sending failed this many times stays 'failed' until someone retries it. */
export const MAX_ATTEMPTS = 5;
/** A claim older than this belongs to a sender that died mid-send: another sender takes it over. */
export const STALE_CLAIM_MS = 10 * 60 * 1000;

export interface SendOptions {
  /** At most this many messages per run. */
  limit?: number;
  now?: () => Date;
}

export interface SendSummary {
  sent: number;
  /** Failed this time, to be tried again on a later run. */
  retrying: number;
  /** Failed for the last time: someone must act (retry it, fix the address). */
  failed: number;
}

/**
 * Sends queued messages: each is claimed with a conditional UPDATE (status 'queued' → 'sending'),
 * so two senders running at once never send the same message; then marked 'sent', or put back in
 * the queue with the error (attempts + 1) until the MAX_ATTEMPTS-th failure marks it 'failed'.
 * Every status change is its own small write: a slow mail server holds no transaction open.
 */
export async function sendQueued(db: Db, transport: Transport, options: SendOptions = {}): Promise<SendSummary> {
  const now = options.now ?? (() => new Date());
  const summary: SendSummary = { sent: 0, retrying: 0, failed: 0 };
  const staleBefore = new Date(now().getTime() - STALE_CLAIM_MS).toISOString();
  const candidates = await db
    .selectFrom('outbox')
    .select(['id', 'version'])
    .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('updatedAt', '<', staleBefore)])]))
    .orderBy('createdAt')
    .orderBy('id')
    .limit(options.limit ?? 50)
    .execute();

  for (const candidate of candidates) {
    const claimedAt = now().toISOString();
    const claim = await db
      .updateTable('outbox')
      .set({ status: 'sending', updatedAt: claimedAt, version: candidate.version + 1 })
      .where('id', '=', candidate.id)
      .where('version', '=', candidate.version)
      .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('updatedAt', '<', staleBefore)])]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue; // another sender has it
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', candidate.id).executeTakeFirstOrThrow();
    const message: OutgoingMessage = {
      id: row.id,
      kind: row.kind,
      recipient: row.recipient,
      subject: row.subject,
      body: row.body,
    };
    const version = row.version + 1;
    try {
      await transport.send(message);
      await db
        .updateTable('outbox')
        .set({ status: 'sent', sentAt: now().toISOString(), updatedAt: now().toISOString(), attempts: row.attempts + 1, lastError: null, version })
        .where('id', '=', message.id)
        .where('status', '=', 'sending')
        .execute();
      summary.sent += 1;
    } catch (error) {
      const attempts = row.attempts + 1;
      const last = attempts >= MAX_ATTEMPTS;
      await db
        .updateTable('outbox')
        .set({
          status: last ? 'failed' : 'queued',
          attempts,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
          updatedAt: now().toISOString(),
          version,
        })
        .where('id', '=', message.id)
        .where('status', '=', 'sending')
        .execute();
      if (last) summary.failed += 1;
      else summary.retrying += 1;
    }
  }
  return summary;
}
