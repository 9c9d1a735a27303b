import type { Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide } from '../../auth/policy.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import { customers } from '../../resources/customers.ts';

/** At most this many visits, latest first. */
const MAX_VISITS = 200;

/** One of a customer's visits with the name and city of the center, as the portal shows it (a customer reads no center records). */
export interface CustomerVisit {
  workOrderId: number;
  number: string | null;
  type: string;
  status: string;
  scheduledAt: string;
  serviceCenterId: number;
  serviceCenterName: string;
  serviceCenterCity: string;
}

/**
 * GET /api/customers/:id/visits: the customer's work orders (what a complaint may be about, and
 * where), latest first, for whoever reads both the customer and their work orders (the customer
 * themselves: another customer's is a 404).
 */
export async function customerVisits(trx: Transaction, user: Actor, customerId: number): Promise<CustomerVisit[]> {
  assertAllowed(decide(user, 'read', 'work-orders'));
  await findAuthorized(trx, user, 'read', customers, customerId);
  return trx
    .selectFrom('workOrders as w')
    .innerJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id as workOrderId', 'w.number', 'w.type', 'w.status', 'w.scheduledAt', 'w.serviceCenterId', 's.name as serviceCenterName', 's.city as serviceCenterCity'])
    .where('w.customerId', '=', customerId)
    .orderBy('w.scheduledAt', 'desc')
    .orderBy('w.id', 'desc')
    .limit(MAX_VISITS)
    .execute();
}
