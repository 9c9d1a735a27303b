import { defineResource } from './define.ts';
import { choice, datetime, int, text, type RecordOf } from './fields.ts';
import { OUTBOX_KINDS, OUTBOX_STATUSES } from './choices.ts';

/** A notification queued in the same transaction as what caused it; a transport sends it later. */
export const outbox = defineResource({
  name: 'outbox',
  table: 'outbox',
  fields: {
    kind: choice(OUTBOX_KINDS).required(),
    recipient: text(200).required(),
    subject: text(200).required(),
    body: text(20_000).required(),
    status: choice(OUTBOX_STATUSES).required(),
    /** Makes queuing idempotent: the same reminder is never queued twice. */
    dedupeKey: text(200).required(),
    resource: text(40),
    recordId: int(),
    attempts: int().required(),
    sentAt: datetime(),
    lastError: text(2000),
  },
  search: ['recipient', 'subject', 'body'],
  readOnly: true,
});

export type OutboxMessage = RecordOf<typeof outbox.fields>;
