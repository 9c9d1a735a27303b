import type { WriteContext } from '../../rest/logged-write.ts';
import { centerRecipient, queueMessage } from '../outbox/queue.ts';
import { appointmentNotices, type Booked, type NoticeKind } from './appointment-notices.ts';

type Row = Record<string, unknown>;

const SUBJECT: Record<NoticeKind, string> = { new: 'New appointment', changed: 'Appointment changed', cancelled: 'Appointment cancelled' };
const INTRO: Record<NoticeKind, string> = {
  new: 'We booked an appointment with you:',
  changed: 'An appointment with you changed; this is how it stands now:',
  cancelled: 'This appointment with you is cancelled (or moved to another center):',
};

const booked = (order: Row): Booked => ({
  type: String(order.type),
  status: String(order.status),
  serviceCenterId: Number(order.serviceCenterId),
  scheduledAt: String(order.scheduledAt),
});

/** The lines of an appointment e-mail: what, when, for whom, on which vehicle, at what cost. */
export function appointmentEmailBody(
  kind: NoticeKind,
  order: { number: string; type: string; scheduledAt: string; cost: number | null; billableTo: string },
  customer: { firstName: string; lastName: string; phone: string | null } | undefined,
  vehicle: { year: number; make: string; model: string } | undefined,
): string {
  return [
    INTRO[kind],
    '',
    `Work order: ${order.number}`,
    `Service: ${order.type}`,
    `When: ${order.scheduledAt}`,
    `Customer: ${customer ? `${customer.firstName} ${customer.lastName}${customer.phone ? ` (${customer.phone})` : ''}` : 'none'}`,
    `Vehicle: ${vehicle ? `${vehicle.year} ${vehicle.make} ${vehicle.model}` : 'none'}`,
    `Cost per our agreement: ${order.cost ?? 'not priced'} (billed to the ${order.billableTo})`,
    '',
    'The details and the printable work order are on the appointment page of your service center account.',
  ].join('\n');
}

/**
 * Queues the e-mails centers get about a booked or changed appointment (`appointmentNotices`), in
 * the write's transaction: once per work order, version and center.
 */
export async function queueAppointmentEmails(ctx: WriteContext, before: Row | undefined, after: Row, now = new Date()) {
  const notices = appointmentNotices(before && booked(before), booked(after));
  if (!notices.length) return;
  const { trx } = ctx;
  const customer = after.customerId == null ? undefined : await trx.selectFrom('customers').select(['firstName', 'lastName', 'phone']).where('id', '=', Number(after.customerId)).executeTakeFirst();
  const vehicle = after.vehicleId == null ? undefined : await trx.selectFrom('vehicles').select(['year', 'make', 'model']).where('id', '=', Number(after.vehicleId)).executeTakeFirst();
  const order = { number: String(after.number), type: String(after.type), scheduledAt: String(after.scheduledAt), cost: (after.cost as number | null) ?? null, billableTo: String(after.billableTo) };
  for (const { serviceCenterId, kind } of notices) {
    await queueMessage(
      ctx,
      {
        kind: 'appointment',
        recipient: await centerRecipient(trx, serviceCenterId),
        subject: `${SUBJECT[kind]}: ${order.number}, ${order.type} on ${order.scheduledAt.slice(0, 16).replace('T', ' ')} UTC`,
        body: appointmentEmailBody(kind, order, customer, vehicle),
        dedupeKey: `appointment:${String(after.id)}:v${String(after.version)}:center-${serviceCenterId}`,
        resource: 'work-orders',
        recordId: Number(after.id),
      },
      now,
    );
  }
}
