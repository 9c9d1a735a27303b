import type { NotNull } from 'kysely';
import type { Transaction } from '../../db/database.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { localTime } from '../availability/rules.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { NOT_BEGUN_STATUSES } from '../work-orders/rules.ts';
import { kindText } from '../appointment-requests/emails.ts';
import { whenAndWhere } from '../appointment-requests/visit-text.ts';
import type { Message } from './queue.ts';

/**
 * The e-mails of customers who opted in to reminders, the day before their appointment: booked work
 * orders not begun whose time falls on the day after `today` by their center's wall clock. The dedupe
 * key carries the time, so a moved appointment is reminded again and a rerun queues nothing twice.
 */
export async function appointmentReminders(trx: Transaction, today: string): Promise<Message[]> {
  const tomorrow = addDaysToIsoDay(today, 1);
  // a center's local day lies within these two UTC days (every US zone is behind UTC)
  const orders = await trx
    .selectFrom('workOrders as w')
    .innerJoin('customers as c', 'c.id', 'w.customerId')
    .innerJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id', 'w.number', 'w.type', 'w.scheduledAt', 'c.firstName', 'c.lastName', 'c.email', 's.name', 's.street', 's.city', 's.state', 's.postalCode', 's.phone'])
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
    .map((order) => ({
      kind: 'appointment-reminder',
      recipient: order.email,
      subject: `Reminder: your ${kindText(order.type)} appointment tomorrow`,
      body: [
        `Dear ${order.firstName} ${order.lastName},`,
        '',
        `This is a reminder of your ${kindText(order.type)} appointment tomorrow.`,
        '',
        ...whenAndWhere(order.scheduledAt, order),
        `Work order: ${String(order.number)}`,
        '',
        'Please arrive a few minutes early with your vehicle. If you cannot make it, call the center.',
      ].join('\n'),
      dedupeKey: `appointment-reminder:${order.id}:${order.scheduledAt}`,
      resource: 'work-orders',
      recordId: order.id,
    }));
}
