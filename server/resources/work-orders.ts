import { defineResource } from './define.ts';
import { bool, choice, datetime, Field, money, ref, text, type RecordOf } from './fields.ts';
import { z } from 'zod';
import { BILLABLE_TO, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from './choices.ts';
import { workOrderNumber } from './work-order-number.ts';
import type { Transaction } from '../db/database.ts';
import { badRequest, conflict } from '../rest/errors.ts';
import {
  UNBOOKED_STATUSES,
  billableTo,
  duplicateField,
  insuranceLapsedOn,
  insuranceLapseReason,
  priceFor,
  recordedWalkInErrors,
  updateProblem,
  workOrderClass,
  type PriceEntry,
} from '../rules/work-orders/rules.ts';
import { forUpdate } from '../db/dialect.ts';
import { requireOpen } from '../rules/availability/check.ts';
import { READING_RANGE, readingsErrors, STANDARD_RANGE, type Readings } from '../rules/work-orders/readings.ts';
import { today } from '../dates.ts';
import { customers } from './customers.ts';
import { serviceCenters } from './service-centers.ts';
import { users } from './users.ts';
import { vehicles } from './vehicles.ts';

type Values = Record<string, unknown>;

const COMPLETED_BY_COMMAND = 'A work order is completed with the Complete command';

/** A measurement in g/210L within these bounds (inclusive). */
const reading = ({ min, max }: { min: number; max: number }) =>
  new Field('real', z.number({ error: 'Must be a number' }).min(min, `At least ${min}`).max(max, `At most ${max}`), false);

/**
 * A work order created with its end is a walk-in recorded after the fact: checked as a
 * completion (400 under the fields), then stored completed, its arrival the given `scheduledAt`.
 * The completion's effects on the equipment follow in the write (rules/work-orders/after-write.ts).
 */
function recordedWalkIn(order: Values) {
  const errors = recordedWalkInErrors(
    { type: String(order.type), scheduledAt: String(order.scheduledAt), startedAt: (order.startedAt as string | null) ?? null, completedAt: String(order.completedAt) },
    new Date().toISOString(),
  );
  if (Object.keys(errors).length) throw badRequest('Some fields are invalid', errors);
  return { status: 'completed', arrivedAt: order.scheduledAt };
}

/** Only a calibration has readings; a calibration recorded done has all of them, consistent (400 under the fields). */
function checkReadings(order: Values, recordedDone: boolean) {
  const errors = readingsErrors(String(order.type), recordedDone, order as Readings);
  if (Object.keys(errors).length) throw badRequest('Some fields are invalid', errors);
}

/** The center takes this work: live, insured today, inspected by the state where required, priced on its list. */
async function centerTerms(trx: Transaction, serviceCenterId: number, type: string) {
  const center = await trx
    .selectFrom('serviceCenters as s')
    .innerJoin('jurisdictions as j', 'j.id', 's.jurisdictionId')
    .select(['s.name', 's.onboardingStatus', 's.priceList', 's.insuranceExpiresOn', 's.stateInspectionPassedOn', 'j.code', 'j.stateInspectionRequired'])
    .where('s.id', '=', serviceCenterId)
    .executeTakeFirstOrThrow();
  if (center.onboardingStatus !== 'live') {
    throw conflict(`Work orders go to live centers only; ${center.name} is ${center.onboardingStatus}`, { serviceCenterId: 'Not a live center' });
  }
  const lapsedOn = insuranceLapsedOn(center.insuranceExpiresOn, today());
  if (lapsedOn) throw conflict(insuranceLapseReason(center.name, lapsedOn), { serviceCenterId: `Insurance binder expired on ${lapsedOn}` });
  if (type === 'installation' && center.stateInspectionRequired && !center.stateInspectionPassedOn) {
    throw conflict(`${center.code} inspects centers before they install: ${center.name} has not passed the state inspection`, {
      serviceCenterId: 'State inspection not passed',
    });
  }
  const price = priceFor(JSON.parse(center.priceList ?? '[]') as PriceEntry[], type);
  if (price === null) throw conflict(`${center.name}'s price list has no price for ${type}`, { type: `No ${type} on the center's price list` });
  return price;
}

/** Appointments and walk-ins are for a customer; appointments also name the vehicle, which must be the customer's. */
async function checkCustomerAndVehicle(trx: Transaction, order: Values) {
  const kind = workOrderClass(String(order.type));
  const errors: Record<string, string> = {};
  if (kind !== 'provider-request' && order.customerId == null) errors.customerId = `A ${String(order.type)} is for a customer`;
  if (kind === 'appointment' && order.vehicleId == null) errors.vehicleId = 'An appointment names the vehicle (year, make and model)';
  if (order.vehicleId != null) {
    const vehicle = await trx.selectFrom('vehicles').select(['customerId']).where('id', '=', order.vehicleId as number).executeTakeFirst();
    if (vehicle && order.customerId == null) errors.customerId = 'Choose the customer whose vehicle this is';
    else if (vehicle && vehicle.customerId !== order.customerId) errors.vehicleId = "Not this customer's vehicle";
  }
  if (Object.keys(errors).length) throw badRequest('Some fields are invalid', errors);
}

/**
 * The customer's open work order this booking would duplicate (see `duplicateField`): 409 naming
 * it. The customer's row is locked first, so two identical bookings at once are checked one after
 * the other and the second sees the first.
 */
async function checkDuplicate(trx: Transaction, order: Values) {
  if (order.customerId == null || UNBOOKED_STATUSES.includes(String(order.status))) return;
  const customerId = order.customerId as number;
  await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();
  let query = trx
    .selectFrom('workOrders')
    .select(['id', 'number', 'type', 'customerId', 'vehicleId', 'scheduledAt'])
    .where('customerId', '=', customerId)
    .where('type', '=', String(order.type))
    .where('status', 'not in', [...UNBOOKED_STATUSES])
    .orderBy('id');
  if (order.id != null) query = query.where('id', '!=', order.id as number);
  const booking = { type: String(order.type), customerId, vehicleId: (order.vehicleId as number | null) ?? null, scheduledAt: String(order.scheduledAt) };
  for (const open of await query.execute()) {
    const field = duplicateField(booking, open);
    if (!field) continue;
    const reason =
      field === 'scheduledAt'
        ? `${open.number} already books this ${booking.type} for this customer${booking.vehicleId === null ? '' : ' and vehicle'} at this time`
        : `${open.number} already books an installation for this vehicle (${open.scheduledAt}): reschedule or cancel it rather than book another`;
    throw conflict(reason, { [field]: `Already booked: ${open.number}` });
  }
}

/** Equipment already shipped for this order ties it to its center, customer and type. */
async function checkShippedEquipment(trx: Transaction, before: Values, changes: Values) {
  const touched = ['type', 'serviceCenterId', 'customerId'].filter((field) => field in changes);
  if (!touched.length) return;
  const reserved = await trx.selectFrom('devices').select('id').where('workOrderId', '=', before.id as number).where('status', '=', 'shipped').executeTakeFirst();
  if (reserved) throw conflict(`Equipment was shipped for this work order; its ${touched.join(', ')} can no longer change (cancel it and book a new one)`);
}

export const workOrders = defineResource({
  name: 'work-orders',
  table: 'workOrders',
  fields: {
    number: text(20).serverOwned(),
    type: choice(WORK_ORDER_TYPES).required(),
    status: choice(WORK_ORDER_STATUSES).required(),
    serviceCenterId: ref(() => serviceCenters).required(),
    customerId: ref(() => customers),
    vehicleId: ref(() => vehicles),
    /** The appointment, or a walk-in's arrival. */
    scheduledAt: datetime().required(),
    /** Set by the start command (the customer may wait before the work starts); a recorded walk-in's arrival. */
    arrivedAt: datetime().serverOwned(),
    startedAt: datetime(),
    /** Set by the complete command; given only when a walk-in is recorded after the fact (created done). */
    completedAt: datetime(),
    /** From the center's price list (its agreement). */
    cost: money(0, 100_000).serverOwned(),
    /** Set by the authorize command (compliance) for removals, exchanges and vehicle switches. */
    authorizedAt: datetime().serverOwned(),
    authorizedById: ref(() => users).serverOwned(),
    authorizedBy: text(100).serverOwned(),
    /** The provider for work done at its request, else the customer. */
    billableTo: choice(BILLABLE_TO).required().serverOwned(),
    notes: text(2000),
    /** A calibration's readings (g/210L): see rules/work-orders/readings.ts. */
    referenceStandard: reading(STANDARD_RANGE),
    asFoundReading: reading(READING_RANGE),
    asLeftReading: reading(READING_RANGE),
    referenceWithinCertificate: bool(),
  },
  search: ['number', 'notes'],
  defaults: { status: 'requested' },
  afterInsert: (_trx, id, row) => ({ number: workOrderNumber(String(row.createdAt), id) }),
  check: async (trx, action, before, changes) => {
    if (action === 'delete' || (action === 'update' && Object.keys(changes).length === 0)) return;
    const problem = updateProblem({ status: String(before?.status ?? 'requested'), authorizedAt: (before?.authorizedAt as string | null) ?? null }, changes);
    if (problem) throw conflict(problem, { status: problem });
    if (before && 'completedAt' in changes) throw conflict(COMPLETED_BY_COMMAND, { completedAt: COMPLETED_BY_COMMAND });
    if (before) await checkShippedEquipment(trx, before, changes);
    const recorded = !before && changes.completedAt != null ? recordedWalkIn(changes) : undefined;
    const order: Values = { ...before, ...changes, ...recorded };
    checkReadings(order, recorded !== undefined);
    if (['type', 'customerId', 'vehicleId'].some((field) => field in changes)) await checkCustomerAndVehicle(trx, order);
    const priced = !before || 'type' in changes || 'serviceCenterId' in changes;
    const cost = priced ? await centerTerms(trx, Number(order.serviceCenterId), String(order.type)) : undefined;
    const booked = !before || 'scheduledAt' in changes || 'serviceCenterId' in changes;
    if (booked && workOrderClass(String(order.type)) !== 'walk-in') await requireOpen(trx, Number(order.serviceCenterId), String(order.scheduledAt));
    const rebooked = before !== undefined && UNBOOKED_STATUSES.includes(String(before.status)) && 'status' in changes;
    if (!before || rebooked || ['type', 'customerId', 'vehicleId', 'scheduledAt'].some((field) => field in changes)) await checkDuplicate(trx, order);
    return { ...recorded, ...(cost === undefined ? {} : { cost, billableTo: billableTo(String(order.type)) }) };
  },
});

export type WorkOrder = RecordOf<typeof workOrders.fields>;
