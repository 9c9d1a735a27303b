import { defineResource } from './define.ts';
import { choice, datetime, ref, text, type RecordOf } from './fields.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_STATUSES } from './choices.ts';
import { checkComplaintVisit } from '../rules/complaints/visit.ts';
import { customers } from './customers.ts';
import { serviceCenters } from './service-centers.ts';
import { users } from './users.ts';
import { workOrders } from './work-orders.ts';

/**
 * A customer's complaint about a service center or one of their visits there, filed in the portal
 * (their own customer by default) or entered by compliance; never edited, resolved by the resolve
 * command. Every complaint received counts in the center's rating (complaints per 100 services).
 */
export const complaints = defineResource({
  name: 'complaints',
  table: 'complaints',
  fields: {
    customerId: ref(() => customers).required(),
    serviceCenterId: ref(() => serviceCenters).required(),
    /** The visit it is about, one of the customer's work orders at that center. */
    workOrderId: ref(() => workOrders),
    category: choice(COMPLAINT_CATEGORIES).required(),
    body: text(4000).required(),
    status: choice(COMPLAINT_STATUSES).required().serverOwned(),
    /** What compliance did about it, for the customer to read (the resolve command). */
    resolution: text(4000).serverOwned(),
    resolvedAt: datetime().serverOwned(),
    resolvedById: ref(() => users).serverOwned(),
    resolvedBy: text(100).serverOwned(),
  },
  search: ['body', 'resolution'],
  initial: { status: 'open' },
  check: async (trx, action, _before, changes) => {
    if (action !== 'create') return;
    await checkComplaintVisit(trx, { customerId: changes.customerId as number, serviceCenterId: changes.serviceCenterId as number, workOrderId: changes.workOrderId as number | null | undefined });
  },
});

export type Complaint = RecordOf<typeof complaints.fields>;
