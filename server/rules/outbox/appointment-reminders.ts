import type { NotNull } from 'kysely';
import type { Transaction } from '../../db/database.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { localTime } from '../availability/rules.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { NOT_BEGUN_STATUSES } from '../work-orders/rules.ts';
import type { Language } from '../../auth/accounts/account-emails.ts';
import { whenAndWhere } from '../appointment-requests/visit-text.ts';
import { CUSTOMER_WORDS, greetedBody } from './customer-words.ts';
import type { Message } from './queue.ts';
import { REMINDER_EMAILS } from './reminder-emails.ts';

/**
 * The e-mails of customers who opted in to reminders, in their language, the day before their
 * appointment: booked work orders not begun whose time falls on the day after `today` by their center's wall clock. The dedupe
 * key carries the time, so a moved appointment is reminded again and a rerun queues nothing twice.
 */
export async function appointmentReminders(trx: Transaction, today: string): Promise<Message[]> {
  const tomorrow = addDaysToIsoDay(today, 1);
  // a center's local day lies within these two UTC days (every US zone is behind UTC)
  const orders = await trx
    .selectFrom('workOrders as w')
    .innerJoin('customers as c', 'c.id', 'w.customerId')
    .innerJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id', 'w.number', 'w.type', 'w.scheduledAt', 'c.firstName', 'c.lastName', 'c.email', 'c.language', 's.name', 's.street', 's.city', 's.state', 's.postalCode', 's.phone'])
    .where('w.status', 'in', [...NOT_BEGUN_STATUSES])
    .where('w.scheduledAt', '>=', `${tomorrow}T00:00:00.000Z`)
    .where('w.scheduledAt', '<', `${addDaysToIsoDay(today, 3)}T00:00:00.000Z`)
    .where('c.remindersOptIn', '=', 1)
    .where('c.email', 'is not', null)
    .orderBy('w.id')
    .$narrowType<{ email: NotNull }>()
    .execute();
  return orders
    .filter((order) => localTime(new Date(order.scheduledAt), timeZoneOf(order.state)).day === tomorrow)
    .map((order): Message => {
      const language = order.language as Language;
      const kind = CUSTOMER_WORDS[language].visitKind(order.type);
      const { subject, lines } = REMINDER_EMAILS[language].appointmentTomorrow(kind, whenAndWhere(order.scheduledAt, order, language), String(order.number));
      return {
        kind: 'appointment-reminder',
        recipient: order.email,
        subject,
        body: greetedBody(language, order, lines),
        dedupeKey: `appointment-reminder:${order.id}:${order.scheduledAt}`,
        resource: 'work-orders',
        recordId: order.id,
      };
    });
}
