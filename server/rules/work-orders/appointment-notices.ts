import { APPOINTMENT_TYPES } from '../../resources/choices.ts';

/** A work order as the appointment notices look at it. */
export interface Booked {
  type: string;
  status: string;
  serviceCenterId: number;
  scheduledAt: string;
}

export type NoticeKind = 'new' | 'changed' | 'cancelled';

/** One e-mail to a center about one of its appointments. */
export interface Notice {
  serviceCenterId: number;
  kind: NoticeKind;
}

const isAppointment = (order: Booked) => APPOINTMENT_TYPES.includes(order.type);
const isOpen = (order: Booked) => order.status !== 'cancelled';

/**
 * The e-mails centers get about an appointment (installation, removal, vehicle switch) as it is
 * booked (`before` undefined) or changed: new; its time or type changed; cancelled. Moved to
 * another center, the old one hears it is cancelled and the new one gets it as new. Walk-ins and
 * provider requests are not booked with the center, and the rest of a change (notes, status as the
 * work goes on) is no news to it.
 */
export function appointmentNotices(before: Booked | undefined, after: Booked): Notice[] {
  const was = before && isAppointment(before) && isOpen(before) ? before : undefined;
  const is = isAppointment(after) && isOpen(after) ? after : undefined;
  if (was && is && was.serviceCenterId === is.serviceCenterId) {
    const changed = was.type !== is.type || Date.parse(was.scheduledAt) !== Date.parse(is.scheduledAt);
    return changed ? [{ serviceCenterId: is.serviceCenterId, kind: 'changed' }] : [];
  }
  return [...(was ? [{ serviceCenterId: was.serviceCenterId, kind: 'cancelled' as const }] : []), ...(is ? [{ serviceCenterId: is.serviceCenterId, kind: 'new' as const }] : [])];
}
