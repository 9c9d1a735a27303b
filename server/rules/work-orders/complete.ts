import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { conflict } from '../../rest/errors.ts';
import { toRecord } from '../../rest/records.ts';
import { customers } from '../../resources/customers.ts';
import { calibrationDates } from '../calibration/due-dates.ts';
import { customerRules, kindsNeeded, orderDevices, updateDevice } from './equipment.ts';
import { equipmentArrivalProblem, needsEquipment } from './rules.ts';

type Row = Record<string, unknown>;

const CLEARED_CALIBRATION = { lastCalibrationOn: null, nextCalibrationDue: null, lockoutOn: null };

/** The customer's devices installed on a vehicle (or on any of theirs when vehicleId is null). */
async function installedDevices(ctx: WriteContext, customerId: number, vehicleId: number | null): Promise<Row[]> {
  let query = ctx.trx.selectFrom('devices').selectAll().where('customerId', '=', customerId).where('status', '=', 'installed');
  if (vehicleId !== null) query = query.where('vehicleId', '=', vehicleId);
  return query.orderBy('id').execute();
}

/** Equipment for an installation: what was shipped for it (on its way or received at the center), else the center's own stock. */
async function equipmentFor(ctx: WriteContext, order: Row, kinds: string[]): Promise<Row[]> {
  const reserved = (await orderDevices(ctx.trx, Number(order.id))).filter((d) => d.status === 'shipped' || d.status === 'in-stock');
  const found: Row[] = [];
  for (const kind of kinds) {
    const device =
      reserved.find((d) => d.kind === kind) ??
      (await ctx.trx
        .selectFrom('devices')
        .selectAll()
        .where('status', '=', 'in-stock')
        .where('serviceCenterId', '=', order.serviceCenterId as number)
        .where('kind', '=', kind)
        .orderBy('id')
        .executeTakeFirst());
    if (!device) throw conflict(`No ${kind} shipped for this work order or in stock at the center`, { type: `No ${kind} at the center` });
    found.push(device);
  }
  return found;
}

/** Equipment shipped for the order must have left the warehouse by the day of the work: 409 with the reason. */
async function checkEquipmentArrived(ctx: WriteContext, order: Row, completedOn: string) {
  const shipments = await ctx.trx
    .selectFrom('shipmentPackages as p')
    .innerJoin('shipments as s', 's.id', 'p.shipmentId')
    .select(['s.status', 's.shipDate'])
    .where('p.workOrderId', '=', order.id as number)
    .execute();
  const problem = equipmentArrivalProblem(shipments, completedOn);
  if (problem) throw conflict(problem, { completedAt: problem });
}

async function updateCustomer(ctx: WriteContext, customerId: number, changes: Row, summary: string, now: Date) {
  const before = toRecord(customers, await ctx.trx.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirstOrThrow());
  const effective = Object.fromEntries(Object.entries(changes).filter(([key, value]) => before[key] !== value));
  if (!Object.keys(effective).length) return;
  await updateLogged(ctx, customers, before, effective, { summary }, now);
}

/**
 * The equipment and program changes of a completed work order, in the caller's transaction:
 * installation → devices installed, calibrated, customer active; removal → devices returned,
 * customer completed once nothing is installed; vehicle switch → devices moved and recalibrated;
 * calibration and lockout service → recalibrated; handheld exchange → old handset returned, new
 * one installed. Provider requests change no equipment.
 */
export async function applyCompletion(ctx: WriteContext, order: Row, completedOn: string, now: Date) {
  const type = String(order.type);
  if (order.customerId == null) return;
  if (needsEquipment(type)) await checkEquipmentArrived(ctx, order, completedOn);
  const customerId = Number(order.customerId);
  const vehicleId = order.vehicleId == null ? null : Number(order.vehicleId);
  const rules = await customerRules(ctx.trx, customerId);
  const calibrated = calibrationDates(completedOn, rules);
  const number = String(order.number);
  const base = { workOrderId: order.id };

  if (type === 'installation') {
    for (const device of await equipmentFor(ctx, order, kindsNeeded(type, Boolean(rules.cameraRequired)))) {
      await updateDevice(ctx, device, { ...base, ...calibrated, status: 'installed', serviceCenterId: order.serviceCenterId, customerId, vehicleId }, `Installed by ${number}`, now);
    }
    const customer = await ctx.trx.selectFrom('customers').select(['programStart']).where('id', '=', customerId).executeTakeFirstOrThrow();
    await updateCustomer(ctx, customerId, { status: 'active', programStart: customer.programStart ?? completedOn }, `Installation ${number} completed`, now);
  } else if (type === 'removal') {
    const removed = await installedDevices(ctx, customerId, vehicleId);
    if (!removed.length) throw conflict('The customer has no installed equipment to remove', { vehicleId: 'Nothing installed' });
    for (const device of removed) {
      await updateDevice(ctx, device, { ...base, ...CLEARED_CALIBRATION, status: 'returned', vehicleId: null, serviceCenterId: order.serviceCenterId }, `Removed by ${number}`, now);
    }
    const customer = await ctx.trx.selectFrom('customers').select(['status']).where('id', '=', customerId).executeTakeFirstOrThrow();
    // A terminated program stays terminated; otherwise the program ends with its last removal.
    if (customer.status !== 'terminated' && !(await installedDevices(ctx, customerId, null)).length) {
      await updateCustomer(ctx, customerId, { status: 'completed' }, `Removal ${number} completed`, now);
    }
  } else if (type === 'vehicle-switch') {
    const moving = (await installedDevices(ctx, customerId, null)).filter((d) => d.vehicleId !== vehicleId);
    const from = new Set(moving.map((d) => d.vehicleId));
    if (from.size === 0) throw conflict('The customer has no installed equipment on another vehicle to move', { vehicleId: 'Nothing to move' });
    if (from.size > 1) throw conflict('The customer has equipment on several vehicles: book a removal for the one that goes', { vehicleId: 'Several vehicles' });
    for (const device of moving) {
      await updateDevice(ctx, device, { ...base, ...calibrated, vehicleId, serviceCenterId: order.serviceCenterId }, `Moved to the new vehicle by ${number}`, now);
    }
  } else if (type === 'calibration' || type === 'lockout-service') {
    const serviced = await installedDevices(ctx, customerId, vehicleId);
    if (!serviced.length) throw conflict(`The customer has no installed equipment to ${type === 'calibration' ? 'calibrate' : 'service'}`, { vehicleId: 'Nothing installed' });
    for (const device of serviced) {
      await updateDevice(ctx, device, { ...base, ...calibrated }, `Calibrated at ${number}`, now);
    }
  } else if (type === 'handheld-exchange') {
    const old = (await installedDevices(ctx, customerId, vehicleId)).find((d) => d.kind === 'handset');
    if (!old) throw conflict('The customer has no installed handset to exchange', { vehicleId: 'No handset installed' });
    const [replacement] = await equipmentFor(ctx, order, ['handset']);
    await updateDevice(ctx, old, { ...base, ...CLEARED_CALIBRATION, status: 'returned', vehicleId: null, serviceCenterId: order.serviceCenterId }, `Exchanged by ${number}`, now);
    await updateDevice(ctx, replacement, { ...base, ...calibrated, status: 'installed', serviceCenterId: order.serviceCenterId, customerId, vehicleId: old.vehicleId }, `Installed by ${number}`, now);
  }
}
