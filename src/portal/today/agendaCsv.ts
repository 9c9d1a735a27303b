import type { AgendaRow } from '../../../server/rules/portal/agenda.ts';

/** One CSV line per appointment shown (the exporter makes every cell safe for spreadsheets). */
export const agendaCsvRecords = (rows: readonly AgendaRow[]) =>
  rows.map((row) => ({
    number: row.number,
    scheduledAt: row.scheduledAt,
    type: row.type,
    status: row.status,
    customer: row.customer ? `${row.customer.firstName} ${row.customer.lastName}` : null,
    phone: row.customer?.phone ?? null,
    vehicle: row.vehicle ? `${row.vehicle.year} ${row.vehicle.make} ${row.vehicle.model}` : null,
    cost: row.cost,
    billableTo: row.billableTo,
    authorization: row.authorizationNeeded ? (row.authorizedAt ? 'authorized' : 'awaiting') : null,
    packages: row.packages.map((p) => [p.label, p.shipment.carrier, p.shipment.trackingNumber ?? '', p.shipment.status].join(' ')).join('; '),
  }));
