import type { Transaction } from '../../db/database.ts';
import type { Message } from '../outbox/queue.ts';
import { whenAndWhere, type VisitCenter } from './visit-text.ts';

type Row = Record<string, unknown>;

/** Whom a customer's e-mail greets and where it goes. */
export interface Addressee {
  firstName: string;
  lastName: string;
  email: string | null;
}

export const addressee = (trx: Transaction, customerId: number): Promise<Addressee> =>
  trx.selectFrom('customers').select(['firstName', 'lastName', 'email']).where('id', '=', customerId).executeTakeFirstOrThrow();

/** A kind of appointment in words: "vehicle-switch" → "vehicle switch". */
export const kindText = (kind: unknown) => String(kind).replace(/-/g, ' ');

const message = (request: Row, customer: Addressee, subject: string, lines: string[]): Message => ({
  kind: 'appointment-request',
  recipient: customer.email,
  subject,
  body: [`Dear ${customer.firstName} ${customer.lastName},`, '', ...lines].join('\n'),
  dedupeKey: `appointment-request:${String(request.id)}:${String(request.status)}`,
  resource: 'appointment-requests',
  recordId: Number(request.id),
});

/** The customer hears that their request was booked: when (the center's time), where, the work order's number. */
export function acceptedEmail(request: Row, order: Row, customer: Addressee, center: VisitCenter): Message {
  return message(request, customer, `Your ${kindText(request.kind)} appointment is booked`, [
    `We booked the ${kindText(request.kind)} you asked for.`,
    '',
    ...whenAndWhere(String(order.scheduledAt), center),
    `Work order: ${String(order.number)}`,
    '',
    'Please arrive a few minutes early with your vehicle. To change the time, call the center or request another appointment in the portal.',
  ]);
}

/** The customer hears that their request was declined, and why. */
export function declinedEmail(request: Row, customer: Addressee): Message {
  return message(request, customer, `We could not book your ${kindText(request.kind)} appointment`, [
    `We could not book the ${kindText(request.kind)} you asked for on ${String(request.preferredDate)} at ${String(request.preferredTime)}.`,
    '',
    `Reason: ${String(request.declineReason)}`,
    '',
    'You may request another day, time or center in the portal.',
  ]);
}
