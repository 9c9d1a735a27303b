import type { Transaction } from '../../db/database.ts';
import { insertLogged, type WriteContext } from '../../rest/logged-write.ts';
import { outbox } from '../../resources/outbox.ts';
import type { OUTBOX_KINDS } from '../../resources/choices.ts';
import { NO_ADDRESS, NO_ADDRESS_ERROR } from './rules.ts';

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

/** Where a center's notices go, from its stored row: its email, else the first contact with one; null when it has none. */
export function recipientOf(center: { email: string | null; contacts: string | null }): string | null {
  if (center.email) return center.email;
  const contacts = JSON.parse(center.contacts ?? '[]') as { email?: string | null }[];
  return contacts.find((c) => c.email)?.email ?? null;
}

/** Where a center's notices go: its email, else the first contact with one; null when it has none. */
export async function centerRecipient(trx: Transaction, serviceCenterId: number): Promise<string | null> {
  const center = await trx.selectFrom('serviceCenters').select(['email', 'contacts']).where('id', '=', serviceCenterId).executeTakeFirst();
  return center ? recipientOf(center) : null;
}

/** A new message's values: without a recipient it is stored as failed, for someone to act on. */
function outboxValues(message: Message) {
  return {
    kind: message.kind,
    recipient: message.recipient ?? NO_ADDRESS,
    subject: message.subject,
    body: message.body,
    status: message.recipient ? 'queued' : 'failed',
    dedupeKey: message.dedupeKey,
    resource: message.resource ?? null,
    recordId: message.recordId ?? null,
    attempts: 0,
    sentAt: null,
    lastError: message.recipient ? null : NO_ADDRESS_ERROR,
  };
}

/** The stored row of a new message (for the jobs' multi-row inserts). */
const outboxRow = (message: Message, at: string) => ({ ...outboxValues(message), createdAt: at, updatedAt: at, version: 1 });

/** Who queues: a signed-in user's request (the message is a logged write), or a system job (no user, no audit-log row). */
export type Queuer = WriteContext | { trx: Transaction; user: null };

/**
 * Queues a message in the caller's transaction, so it exists exactly when the change that caused
 * it was committed. Returns false when a message with this dedupe key was already queued.
 */
export async function queueMessage(by: Queuer, message: Message, now = new Date()): Promise<boolean> {
  if (by.user) return (await insertLogged(by, outbox, outboxValues(message), { unlessExists: 'dedupeKey', summary: `Queued: ${message.subject}` }, now)) !== null;
  const result = await by.trx
    .insertInto('outbox')
    .values(outboxRow(message, now.toISOString()))
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Queues many messages with a few multi-row inserts (jobs); returns how many were new. */
export async function queueMessages(trx: Transaction, messages: Message[], now = new Date()): Promise<number> {
  const at = now.toISOString();
  let queued = 0;
  for (let start = 0; start < messages.length; start += 100) {
    const result = await trx
      .insertInto('outbox')
      .values(messages.slice(start, start + 100).map((m) => outboxRow(m, at)))
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}
