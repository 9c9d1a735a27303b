import type { Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { findAuthorized } from '../../rest/authorize.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import { monthBounds } from './month.ts';
import { statementTotals, type StatementTotals } from './statement-totals.ts';

/** One completed service of the month: its price per the agreement, and who pays it. */
export interface StatementRow {
  id: number;
  number: string | null;
  type: string;
  completedAt: string;
  /** First and last name; null for a provider request (no customer). */
  customerName: string | null;
  /** The agreement's price at booking (the work order's cost). */
  price: number | null;
  billableTo: string;
}

export interface Statement {
  serviceCenterId: number;
  month: string;
  rows: StatementRow[];
  totals: StatementTotals;
}

/**
 * GET /api/service-centers/:id/statement?month=YYYY-MM: every work order of the center completed
 * in the month (UTC boundaries), in completion order, and the totals. Not bounded: the totals
 * count every service (a center completes a few hundred a month at most).
 */
export async function centerStatement(trx: Transaction, actor: Actor, serviceCenterId: number, month: string): Promise<Statement> {
  await findAuthorized(trx, actor, 'read-statement', serviceCenters, serviceCenterId);
  const { start, end } = monthBounds(month);
  const found = await trx
    .selectFrom('workOrders as w')
    .leftJoin('customers as c', 'c.id', 'w.customerId')
    .select(['w.id', 'w.number', 'w.type', 'w.completedAt', 'w.cost', 'w.billableTo', 'c.firstName', 'c.lastName'])
    .where('w.serviceCenterId', '=', serviceCenterId)
    .where('w.status', '=', 'completed')
    .where('w.completedAt', '>=', start)
    .where('w.completedAt', '<', end)
    .orderBy('w.completedAt')
    .orderBy('w.id')
    .execute();
  const rows = found.map(
    (o): StatementRow => ({
      id: o.id,
      number: o.number,
      type: o.type,
      completedAt: String(o.completedAt),
      customerName: o.firstName == null ? null : `${o.firstName} ${String(o.lastName)}`,
      price: o.cost,
      billableTo: o.billableTo,
    }),
  );
  return { serviceCenterId, month, rows, totals: statementTotals(rows) };
}
