import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide, scopeOf } from '../../auth/policy.ts';
import { assertAllowed, authorize, findAuthorized } from '../../rest/authorize.ts';
import { timeZoneOf } from '../availability/time-zones.ts';
import { scopeWhere } from '../../rest/scope.ts';
import { isoDateTime } from '../../rest/schemas.ts';
import { serviceCenters } from '../../resources/service-centers.ts';
import { workOrders } from '../../resources/work-orders.ts';
import { needsAuthorization } from '../work-orders/rules.ts';
import { packagesOfOrders, type OrderPackage } from '../work-orders/packages.ts';

/** The longest agenda asked at once. */
export const AGENDA_MAX_DAYS = 31;
/** At most this many appointments are answered (`truncated` says when there were more). */
export const AGENDA_MAX_ROWS = 500;

const DAY_MS = 86_400_000;

/** Why an agenda cannot span from `from` to `to` (ISO instants), or null. */
export function agendaRangeProblem(from: string, to: string): string | null {
  const span = Date.parse(to) - Date.parse(from);
  if (span <= 0) return 'Must come after from';
  if (span > AGENDA_MAX_DAYS * DAY_MS) return `At most ${AGENDA_MAX_DAYS} days after from`;
  return null;
}

/** `?from=<ISO date-time>&to=<ISO date-time>`: both required, `to` after `from`, at most 31 days apart. */
export const agendaQuery = z.strictObject({ from: isoDateTime, to: isoDateTime }).superRefine(({ from, to }, ctx) => {
  const problem = agendaRangeProblem(from, to);
  if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem });
});
export type AgendaQuery = z.output<typeof agendaQuery>;

/**
 * One appointment of the agenda: what the center needs to serve the customer (name, phone,
 * vehicle, equipment and its tracking) and the price per the agreement. Never the customer's
 * balance, payment plan or court details.
 */
export interface AgendaRow {
  id: number;
  number: string | null;
  type: string;
  status: string;
  scheduledAt: string;
  startedAt: string | null;
  completedAt: string | null;
  cost: number | null;
  billableTo: string;
  authorizationNeeded: boolean;
  authorizedAt: string | null;
  version: number;
  customer: { id: number; firstName: string; lastName: string; phone: string | null } | null;
  vehicle: { id: number; year: number; make: string; model: string } | null;
  packages: OrderPackage[];
}

export interface Agenda {
  from: string;
  to: string;
  rows: AgendaRow[];
  /** The center's time zone (IANA), in which its appointments' times are shown. */
  timeZone: string;
  /** More than AGENDA_MAX_ROWS appointments in the range: the first ones only are listed. */
  truncated: boolean;
}

/** Who may see a center's agenda: whoever reads its work orders' customers, at a center they can read. */
async function authorizeAgenda(trx: Transaction, actor: Actor, serviceCenterId: number) {
  assertAllowed(decide(actor, 'read-customer', workOrders.name));
  const center = await findAuthorized(trx, actor, 'read', serviceCenters, serviceCenterId);
  await authorize(trx, actor, 'read-customer', workOrders.name, undefined, { serviceCenterId });
  return center;
}

/**
 * GET /api/service-centers/:id/agenda: the center's work orders scheduled in [from, to), not
 * cancelled, in time order, with their customer, vehicle and packages.
 */
export async function centerAgenda(trx: Transaction, actor: Actor, serviceCenterId: number, { from, to }: AgendaQuery): Promise<Agenda> {
  const center = await authorizeAgenda(trx, actor, serviceCenterId);
  const found = await trx
    .selectFrom('workOrders as w')
    .leftJoin('customers as c', 'c.id', 'w.customerId')
    .leftJoin('vehicles as v', 'v.id', 'w.vehicleId')
    .select([
      'w.id',
      'w.number',
      'w.type',
      'w.status',
      'w.scheduledAt',
      'w.startedAt',
      'w.completedAt',
      'w.cost',
      'w.billableTo',
      'w.authorizedAt',
      'w.version',
      'c.id as customerId',
      'c.firstName',
      'c.lastName',
      'c.phone',
      'v.id as vehicleId',
      'v.year',
      'v.make',
      'v.model',
    ])
    .where('w.serviceCenterId', '=', serviceCenterId)
    .where('w.id', 'in', trx.selectFrom('workOrders').select('id').where(scopeWhere(scopeOf(actor, workOrders.name))))
    .where('w.scheduledAt', '>=', from)
    .where('w.scheduledAt', '<', to)
    .where('w.status', '!=', 'cancelled')
    .orderBy('w.scheduledAt')
    .orderBy('w.id')
    .limit(AGENDA_MAX_ROWS + 1)
    .execute();
  const orders = found.slice(0, AGENDA_MAX_ROWS);
  const packages = await packagesOfOrders(trx, actor, orders.map((o) => o.id));
  const rows = orders.map(
    (o): AgendaRow => ({
      id: o.id,
      number: o.number,
      type: o.type,
      status: o.status,
      scheduledAt: o.scheduledAt,
      startedAt: o.startedAt,
      completedAt: o.completedAt,
      cost: o.cost,
      billableTo: o.billableTo,
      authorizationNeeded: needsAuthorization(o.type),
      authorizedAt: o.authorizedAt,
      version: Number(o.version),
      customer: o.customerId == null ? null : { id: o.customerId, firstName: String(o.firstName), lastName: String(o.lastName), phone: o.phone ?? null },
      vehicle: o.vehicleId == null ? null : { id: o.vehicleId, year: Number(o.year), make: String(o.make), model: String(o.model) },
      packages: packages.get(o.id) ?? [],
    }),
  );
  return { from, to, rows, timeZone: timeZoneOf(String(center.state)), truncated: found.length > AGENDA_MAX_ROWS };
}
