import type { WriteContext } from '../rest/logged-write.ts';
import type { Transaction } from '../db/database.ts';

/**
 * The write context of a server job acting for one customer under their standing authorisation
 * (auto-pay): it reaches that customer's rows only, as their own login would, and the audit log
 * names the job (no user: the actor is never signed in and its id is never stored).
 */
export function jobForCustomer(trx: Transaction, customerId: number, job: string): WriteContext {
  return { trx, job, user: { id: 0, name: job, email: '', role: 'customer', regionId: null, serviceCenterId: null, customerId } };
}

/**
 * The write context of a server job acting for the provider (reporting deadlines, rating a center
 * on its own whoever recorded what moved the rating): it reaches every row, as a compliance
 * reviewer would, and the audit log names the job.
 */
export function jobForProvider(trx: Transaction, job: string): WriteContext {
  return { trx, job, user: { id: 0, name: job, email: '', role: 'compliance', regionId: null, serviceCenterId: null, customerId: null } };
}

/** The server rating a center again after a customer's complaint or a refused completion. */
export const ratingJob = (trx: Transaction): WriteContext => jobForProvider(trx, 'Rating');
