import type { Language } from '../../auth/accounts/account-emails.ts';
import type { Transaction } from '../../db/database.ts';
import { CUSTOMER_WORDS, greetedBody, type CustomerEmail } from '../outbox/customer-words.ts';
import type { Message } from '../outbox/queue.ts';
import { whenAndWhere, type VisitCenter } from './visit-text.ts';

type Row = Record<string, unknown>;

/** Whom a customer's e-mail greets, where it goes and in which language. */
export interface Addressee {
  firstName: string;
  lastName: string;
  email: string | null;
  language: Language;
}

export const addressee = async (trx: Transaction, customerId: number): Promise<Addressee> => {
  const customer = await trx.selectFrom('customers').select(['firstName', 'lastName', 'email', 'language']).where('id', '=', customerId).executeTakeFirstOrThrow();
  return { ...customer, language: customer.language as Language };
};

/** The answers to an appointment request in each language of the portal (after the greeting: `greetedBody`). */
interface Templates {
  /** Booked: `visit` holds the when-and-where lines, already in the language. */
  accepted(kind: string, visit: string[], orderNumber: string): CustomerEmail;
  declined(kind: string, preferredDate: string, preferredTime: string, reason: string): CustomerEmail;
}

const en: Templates = {
  accepted: (kind, visit, orderNumber) => ({
    subject: `Your ${kind} appointment is booked`,
    lines: [
      `We booked the ${kind} you asked for.`,
      '',
      ...visit,
      `Work order: ${orderNumber}`,
      '',
      'Please arrive a few minutes early with your vehicle. To change the time, call the center or request another appointment in the portal.',
    ],
  }),
  declined: (kind, preferredDate, preferredTime, reason) => ({
    subject: `We could not book your ${kind} appointment`,
    lines: [`We could not book the ${kind} you asked for on ${preferredDate} at ${preferredTime}.`, '', `Reason: ${reason}`, '', 'You may request another day, time or center in the portal.'],
  }),
};

const es: Templates = {
  accepted: (kind, visit, orderNumber) => ({
    subject: `Su cita de ${kind} está reservada`,
    lines: [
      `Reservamos la cita de ${kind} que usted pidió.`,
      '',
      ...visit,
      `Orden de trabajo: ${orderNumber}`,
      '',
      'Llegue unos minutos antes con su vehículo. Para cambiar la hora, llame al centro o pida otra cita en el portal.',
    ],
  }),
  declined: (kind, preferredDate, preferredTime, reason) => ({
    subject: `No pudimos reservar su cita de ${kind}`,
    lines: [`No pudimos reservar la cita de ${kind} que usted pidió para el ${preferredDate} a las ${preferredTime}.`, '', `Motivo: ${reason}`, '', 'Puede pedir otro día, otra hora u otro centro en el portal.'],
  }),
};

const REQUEST_EMAILS: Record<Language, Templates> = { en, es };

const message = (request: Row, customer: Addressee, { subject, lines }: CustomerEmail): Message => ({
  kind: 'appointment-request',
  recipient: customer.email,
  subject,
  body: greetedBody(customer.language, customer, lines),
  dedupeKey: `appointment-request:${String(request.id)}:${String(request.status)}`,
  resource: 'appointment-requests',
  recordId: Number(request.id),
});

/** The customer hears, in their language, that their request was booked: when (the center's time), where, the work order's number. */
export function acceptedEmail(request: Row, order: Row, customer: Addressee, center: VisitCenter): Message {
  const { language } = customer;
  const kind = CUSTOMER_WORDS[language].visitKind(String(request.kind));
  return message(request, customer, REQUEST_EMAILS[language].accepted(kind, whenAndWhere(String(order.scheduledAt), center, language), String(order.number)));
}

/** The customer hears, in their language, that their request was declined, and why. */
export function declinedEmail(request: Row, customer: Addressee): Message {
  const { language } = customer;
  const kind = CUSTOMER_WORDS[language].visitKind(String(request.kind));
  return message(request, customer, REQUEST_EMAILS[language].declined(kind, String(request.preferredDate), String(request.preferredTime), String(request.declineReason)));
}
