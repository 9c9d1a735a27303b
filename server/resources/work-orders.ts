import { defineResource } from './define.ts';
import { choice, datetime, money, ref, text, type RecordOf } from './fields.ts';
import { BILLABLE_TO, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from './choices.ts';
import { workOrderNumber } from './work-order-number.ts';
import type { Transaction } from '../db/database.ts';
import { badRequest, conflict } from '../rest/errors.ts';
import { billableTo, insuranceLapsedOn, insuranceLapseReason, priceFor, updateProblem, workOrderClass, type PriceEntry } from '../rules/work-orders/rules.ts';
import { today } from '../dates.ts';
import { customers } from './customers.ts';
import { serviceCenters } from './service-centers.ts';
import { users } from './users.ts';
import { vehicles } from './vehicles.ts';

type Values = Record<string, unknown>;

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
    startedAt: datetime(),
    completedAt: datetime().serverOwned(),
    /** From the center's price list (its agreement). */
    cost: money(0, 100_000).serverOwned(),
    /** Set by the authorize command (compliance) for removals, exchanges and vehicle switches. */
    authorizedAt: datetime().serverOwned(),
    authorizedById: ref(() => users).serverOwned(),
    authorizedBy: text(100).serverOwned(),
    /** The provider for work done at its request, else the customer. */
    billableTo: choice(BILLABLE_TO).required().serverOwned(),
    notes: text(2000),
  },
  search: ['number', 'notes'],
  defaults: { status: 'requested' },
  afterInsert: (_trx, id, row) => ({ number: workOrderNumber(String(row.createdAt), id) }),
  check: async (trx, action, before, changes) => {
    if (action === 'delete' || (action === 'update' && Object.keys(changes).length === 0)) return;
    const problem = updateProblem({ status: String(before?.status ?? 'requested'), authorizedAt: (before?.authorizedAt as string | null) ?? null }, changes);
    if (problem) throw conflict(problem, { status: problem });
    if (before) await checkShippedEquipment(trx, before, changes);
    const order = { ...before, ...changes };
    if (['type', 'customerId', 'vehicleId'].some((field) => field in changes)) await checkCustomerAndVehicle(trx, order);
    if (!before || 'type' in changes || 'serviceCenterId' in changes) {
      const cost = await centerTerms(trx, Number(order.serviceCenterId), String(order.type));
      return { cost, billableTo: billableTo(String(order.type)) };
    }
  },
});

export type WorkOrder = RecordOf<typeof workOrders.fields>;
