import type { Db, Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { scopeOf } from '../../auth/policy.ts';
import { scopeWhere } from '../../rest/scope.ts';

/** A package carrying a work order's equipment, with what its shipment's carrier says of it. */
export interface OrderPackage {
  id: number;
  label: string;
  shipment: { id: number; carrier: string; trackingNumber: string | null; status: string; shipDate: string };
}

/**
 * The packages of these work orders that the actor may see (the policy's scope of shipment
 * packages), with their shipments, by work order and in id order.
 */
export async function packagesOfOrders(db: Db | Transaction, actor: Actor, workOrderIds: readonly number[]): Promise<Map<number, OrderPackage[]>> {
  const byOrder = new Map<number, OrderPackage[]>();
  if (!workOrderIds.length) return byOrder;
  // the orders' packages first (by index), the scope on those only: never the whole table
  const packages = db
    .selectFrom('shipmentPackages')
    .select(['id', 'label', 'workOrderId', 'shipmentId'])
    .where('workOrderId', 'in', [...workOrderIds])
    .where(scopeWhere(scopeOf(actor, 'shipment-packages')))
    .as('p');
  const rows = await db
    .selectFrom(packages)
    .innerJoin('shipments as s', 's.id', 'p.shipmentId')
    .select(['p.id', 'p.label', 'p.workOrderId', 's.id as shipmentId', 's.carrier', 's.trackingNumber', 's.status', 's.shipDate'])
    .orderBy('p.id')
    .execute();
  for (const row of rows) {
    const orderId = Number(row.workOrderId);
    const shipment = { id: row.shipmentId, carrier: row.carrier, trackingNumber: row.trackingNumber ?? null, status: row.status, shipDate: row.shipDate };
    byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), { id: row.id, label: row.label, shipment }]);
  }
  return byOrder;
}
