import type { Transaction } from '../../db/database.ts';
import { badRequest } from '../../rest/errors.ts';

export const NOT_THEIR_VISIT = 'Not a visit of this customer at this center';
export const NO_VISIT_AT_CENTER = 'This customer has no visit at this center';

/**
 * A complaint is about a center the customer was served at (or booked with), and about one of their
 * own visits there when it names one: 400 under the field otherwise. Anyone's complaint about any
 * center would let a rating be lowered by people it never served.
 */
export async function checkComplaintVisit(trx: Transaction, complaint: { customerId: number; serviceCenterId: number; workOrderId?: number | null }) {
  let visits = trx.selectFrom('workOrders').select(['id']).where('customerId', '=', complaint.customerId).where('serviceCenterId', '=', complaint.serviceCenterId);
  if (complaint.workOrderId != null) visits = visits.where('id', '=', complaint.workOrderId);
  if (await visits.limit(1).executeTakeFirst()) return;
  const errors: Record<string, string> = complaint.workOrderId != null ? { workOrderId: NOT_THEIR_VISIT } : { serviceCenterId: NO_VISIT_AT_CENTER };
  throw badRequest('Some fields are invalid', errors);
}
