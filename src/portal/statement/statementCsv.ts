import type { Statement } from '../../../server/rules/portal/statement.ts';

/** The statement as CSV lines: one per service, then the totals (the exporter makes every cell safe). */
export const statementCsvRecords = ({ rows, totals, month }: Statement) => [
  ...rows.map((row) => ({ month, number: row.number, completedAt: row.completedAt, type: row.type, customer: row.customerName, billableTo: row.billableTo, price: row.price })),
  { month, number: `Total: ${totals.services} services`, completedAt: null, type: null, customer: null, billableTo: 'provider', price: totals.provider },
  { month, number: 'Total', completedAt: null, type: null, customer: null, billableTo: 'customer', price: totals.customer },
  { month, number: 'Total', completedAt: null, type: null, customer: null, billableTo: 'all', price: totals.total },
];
