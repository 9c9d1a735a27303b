import type { Transaction } from '../../db/database.ts';
import type { OUTBOX_KINDS } from '../../resources/choices.ts';

export interface Message {
  kind: (typeof OUTBOX_KINDS)[number];
  /** Null when there is no address on file: the message is stored as failed, for someone to act on. */
  recipient: string | null;
  subject: string;
  body: string;
  /** The same key is queued once only: re-running a job or a retried request sends nothing twice. */
  dedupeKey: string;
  resource?: string;
  recordId?: number;
}

/** Where a center's notices go: its email, else the first contact with one; null when it has none. */
export async function centerRecipient(trx: Transaction, serviceCenterId: number): Promise<string | null> {
  const center = await trx.selectFrom('serviceCenters').select(['email', 'contacts']).where('id', '=', serviceCenterId).executeTakeFirst();
  if (!center) return null;
  if (center.email) return String(center.email);
  const contacts = JSON.parse(String(center.contacts ?? '[]')) as { email?: string | null }[];
  return contacts.find((c) => c.email)?.email ?? null;
}

/**
 * Queues a message in the caller's transaction, so it exists exactly when the change that caused
 * it was committed. Returns false when a message with this dedupe key was already queued.
 */
export async function queueMessage(trx: Transaction, message: Message, now = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const result = await trx
    .insertInto('outbox')
    .values({
      createdAt: at,
      updatedAt: at,
      version: 1,
      kind: message.kind,
      recipient: message.recipient ?? '(no address on file)',
      subject: message.subject,
      body: message.body,
      status: message.recipient ? 'queued' : 'failed',
      dedupeKey: message.dedupeKey,
      resource: message.resource ?? null,
      recordId: message.recordId ?? null,
      attempts: 0,
      sentAt: null,
      lastError: message.recipient ? null : 'No email address on file',
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
