import type { WriteContext } from '../../rest/logged-write.ts';
import { centerFacts } from '../../rest/authorize.ts';
import { decide } from '../../auth/policy.ts';
import { workOrders } from '../../resources/work-orders.ts';
import type { WorkOrder } from '../../resources/work-orders.ts';
import { packagesOfOrders, type OrderPackage } from './packages.ts';

type Row = Record<string, unknown>;

/**
 * What a work order's sheet shows, on the page (GET /api/work-orders/:id/sheet) and printed (the
 * print command adds who printed it and when). The case number is the only court detail: a state
 * form needs it.
 */
export interface WorkOrderSheet {
  workOrder: WorkOrder;
  center: { id: number; name: string; street: string; city: string; state: string; postalCode: string; phone: string | null; email: string | null; hours: string | null };
  customer: { id: number; firstName: string; lastName: string; phone: string | null; caseNumber: string | null } | null;
  vehicle: { id: number; year: number; make: string; model: string; vin: string; plate: string | null; plateState: string | null } | null;
  devices: { id: number; serial: string; kind: string; model: string; status: string }[];
  packages: OrderPackage[];
}

/** The customer and vehicle of a work order, as the sheet shows them. */
async function customerAndVehicle({ trx }: WriteContext, order: Row) {
  const customer =
    order.customerId == null
      ? undefined
      : await trx.selectFrom('customers').select(['id', 'firstName', 'lastName', 'phone', 'caseNumber']).where('id', '=', order.customerId as number).executeTakeFirst();
  const vehicle =
    order.vehicleId == null
      ? undefined
      : await trx.selectFrom('vehicles').select(['id', 'year', 'make', 'model', 'vin', 'plate', 'plateState']).where('id', '=', order.vehicleId as number).executeTakeFirst();
  return { customer: customer ?? null, vehicle: vehicle ?? null };
}

/** The devices a sheet lists: those of the order and, for who may see its customer, the customer's installed equipment. */
async function sheetDevices({ trx }: WriteContext, order: Row, withCustomer: boolean) {
  const columns = ['id', 'serial', 'kind', 'model', 'status'] as const;
  let query = trx.selectFrom('devices').select(columns).where('workOrderId', '=', order.id as number);
  if (withCustomer && order.customerId != null) {
    query = query.union(
      trx
        .selectFrom('devices')
        .select(columns)
        .where('customerId', '=', order.customerId as number)
        .where('status', '=', 'installed')
        .where((eb) => (order.vehicleId == null ? eb.val(true) : eb('vehicleId', '=', order.vehicleId as number))),
    );
  }
  return query.orderBy('id').execute();
}

/**
 * The sheet of a work order the caller has already authorised the actor to see: its center, and
 * the customer, the vehicle and the customer's equipment only for who may see them (the policy's
 * `read-customer`); the packages carrying its equipment within the actor's scope of packages.
 */
export async function workOrderSheet(ctx: WriteContext, order: Row): Promise<WorkOrderSheet> {
  const { trx, user } = ctx;
  const center = await trx
    .selectFrom('serviceCenters')
    .select(['id', 'name', 'street', 'city', 'state', 'postalCode', 'phone', 'email', 'hours'])
    .where('id', '=', order.serviceCenterId as number)
    .executeTakeFirstOrThrow();
  const withCustomer = decide(user, 'read-customer', workOrders.name, { record: order, centers: await centerFacts(trx, workOrders.name, order) }).allowed;
  const { customer, vehicle } = withCustomer ? await customerAndVehicle(ctx, order) : { customer: null, vehicle: null };
  const devices = await sheetDevices(ctx, order, withCustomer);
  const packages = (await packagesOfOrders(trx, user, [order.id as number])).get(order.id as number) ?? [];
  return { workOrder: order as unknown as WorkOrder, center, customer, vehicle, devices, packages };
}
