import type { Db } from '../../server/db/database.ts';
import { call, type Request } from './measure.ts';

/** The fixed inputs of the timed writes: a live center (work orders go to live centers only) and open work orders (closed ones no longer change). */
export interface WriteInputs {
  centerId: number;
  open: number[];
}

export async function writeInputs(db: Db, workOrders: number): Promise<WriteInputs> {
  const sample = await db
    .selectFrom('workOrders')
    .innerJoin('serviceCenters', 'serviceCenters.id', 'workOrders.serviceCenterId')
    .select('workOrders.serviceCenterId')
    .where('serviceCenters.onboardingStatus', '=', 'live')
    .where('workOrders.id', '>=', Math.ceil(workOrders / 2))
    .orderBy('workOrders.id')
    .executeTakeFirstOrThrow();
  const open = await db.selectFrom('workOrders').select('id').where('status', 'in', ['requested', 'scheduled']).orderBy('id').limit(997).execute();
  return { centerId: Number(sample.serviceCenterId), open: open.map((r) => Number(r.id)) };
}

export interface WriteOp {
  name: string;
  run: (base: string, headers: Record<string, string>) => Request;
}

const json = (headers: Record<string, string>) => ({ ...headers, 'content-type': 'application/json' });

/** A work order created (a provider request: no customer, no equipment; cost and billing from the center's price list) and one's notes edited. */
export function workOrderWrites({ centerId, open }: WriteInputs): WriteOp[] {
  const newOrder = (i: number) => ({
    type: 'vehicle-inspection',
    status: 'scheduled',
    serviceCenterId: centerId,
    // 19:00–19:59 UTC: within opening hours in every US time zone (11:00 in California, 09:00 in Hawaii)
    scheduledAt: new Date(Date.UTC(2027, 0, 1, 19, i % 60)).toISOString(),
    notes: `Bench create ${i}`,
  });
  return [
    { name: 'create (POST)', run: (b, h) => (i) => call(`${b}/work-orders`, { method: 'POST', headers: json(h), body: JSON.stringify(newOrder(i)) }, { status: 201 }) },
    { name: 'update (PATCH)', run: (b, h) => (i) => call(`${b}/work-orders/${open[(i + 100) % open.length]}`, { method: 'PATCH', headers: json(h), body: JSON.stringify({ notes: `Bench update ${i}` }) }, { status: 200 }) },
  ];
}
