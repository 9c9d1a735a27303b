import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide, scopeOf } from '../../auth/policy.ts';
import { assertAllowed } from '../../rest/authorize.ts';
import { containsPattern } from '../../rest/sql-list.ts';
import { containsText } from '../../db/dialect.ts';
import { lineProblem } from '../../resources/plain-text.ts';
import { HttpError } from '../../rest/errors.ts';
import { workOrders } from '../../resources/work-orders.ts';

/** The most customers a name search answers. */
export const MAX_NAME_MATCHES = 20;
/** The words of a name search (first, middle, last). */
const MAX_NAME_WORDS = 3;

const term = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `At least ${min} characters`)
    .max(max, `At most ${max} characters`)
    .superRefine((value, ctx) => {
      const problem = lineProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** `?serial=` (a device serial, scanned or typed) or `?name=` (part of the customer's first and last name), one of them. */
export const walkInLookupQuery = z
  .strictObject({ serial: term(1, 40).optional(), name: term(2, 60).optional() })
  .refine((q) => (q.serial === undefined) !== (q.name === undefined), { message: 'Give a serial or a name (one of them)', path: ['serial'] });
export type WalkInLookupQuery = z.output<typeof walkInLookupQuery>;

/** A customer as the counter sees them: how to reach them, their vehicles and installed equipment (no program, payment or court details). */
export interface WalkInCustomer {
  id: number;
  firstName: string;
  lastName: string;
  phone: string | null;
  vehicles: { id: number; year: number; make: string; model: string }[];
  devices: { id: number; serial: string; kind: string; vehicleId: number | null; nextCalibrationDue: string | null; lockoutOn: string | null }[];
}

/**
 * Whose customers a name search may list: everyone's for a role that sees every work order, only
 * those with equipment installed at their own center for a role that sees one center's (the
 * lookup is not a directory of all customers). A serial, which only the customer's device
 * carries, finds the customer at any center (they may walk into any center that serves them).
 */
function nameReach(actor: Actor): { center: number | null } {
  const scope = scopeOf(actor, workOrders.name);
  if (scope.kind === 'all') return { center: null };
  if (scope.kind === 'equals' && scope.column === 'serviceCenterId') return { center: scope.value };
  throw new HttpError(403, 'Only those who record walk-ins look customers up');
}

async function matchingIds(db: Db, actor: Actor, query: WalkInLookupQuery): Promise<number[]> {
  if (query.serial !== undefined) {
    const serial = query.serial.toLowerCase();
    const rows = await db
      .selectFrom('devices')
      .select('customerId')
      .distinct()
      .where((eb) => eb(eb.fn('lower', [eb.ref('serial')]), '=', serial))
      .where('status', '=', 'installed')
      .where('customerId', 'is not', null)
      .execute();
    return rows.map((r) => Number(r.customerId));
  }
  const { center } = nameReach(actor);
  const words = (query.name ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
  let select = db.selectFrom('customers').select('id');
  for (const word of words) {
    const pattern = containsPattern(word.toLowerCase());
    select = select.where((eb) => eb.or([containsText(db, eb, 'firstName', pattern), containsText(db, eb, 'lastName', pattern)]));
  }
  if (center !== null) {
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('devices')
          .select('devices.id')
          .whereRef('devices.customerId', '=', 'customers.id')
          .where('devices.serviceCenterId', '=', center)
          .where('devices.status', '=', 'installed'),
      ),
    );
  }
  const rows = await select.orderBy('lastName').orderBy('firstName').orderBy('id').limit(MAX_NAME_MATCHES).execute();
  return rows.map((r) => r.id);
}

/**
 * GET /api/walk-ins/customers: the customers a walk-in may be for, by device serial (exact, any
 * case) or by name (at most 20), for those who record walk-ins and may see a work order's customer.
 */
export async function findWalkInCustomers(db: Db, actor: Actor, query: WalkInLookupQuery): Promise<WalkInCustomer[]> {
  assertAllowed(decide(actor, 'create', workOrders.name));
  assertAllowed(decide(actor, 'read-customer', workOrders.name));
  const ids = await matchingIds(db, actor, query);
  if (!ids.length) return [];
  const customers = await db.selectFrom('customers').select(['id', 'firstName', 'lastName', 'phone']).where('id', 'in', ids).orderBy('lastName').orderBy('firstName').orderBy('id').execute();
  const vehicles = await db.selectFrom('vehicles').select(['id', 'customerId', 'year', 'make', 'model']).where('customerId', 'in', ids).orderBy('id').execute();
  const devices = await db
    .selectFrom('devices')
    .select(['id', 'customerId', 'serial', 'kind', 'vehicleId', 'nextCalibrationDue', 'lockoutOn'])
    .where('customerId', 'in', ids)
    .where('status', '=', 'installed')
    .orderBy('id')
    .execute();
  return customers.map((c) => ({
    ...c,
    vehicles: vehicles.filter((v) => v.customerId === c.id).map(({ customerId: _c, ...v }) => v),
    devices: devices.filter((d) => d.customerId === c.id).map(({ customerId: _c, ...d }) => d),
  }));
}
