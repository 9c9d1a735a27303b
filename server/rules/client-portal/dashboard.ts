import type { Transaction } from '../../db/database.ts';
import type { Actor } from '../../auth/roles.ts';
import { decide, scopeOf } from '../../auth/policy.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import { scopeWhere } from '../../rest/scope.ts';
import { customers } from '../../resources/customers.ts';
import { devices } from '../../resources/devices.ts';
import { workOrders } from '../../resources/work-orders.ts';
import { today } from '../../dates.ts';
import { NOT_BEGUN_STATUSES } from '../work-orders/rules.ts';
import { unlockCodeState } from '../unlock-codes/issue.ts';
import { nextPaymentOf, type NextPayment } from '../payments/summary.ts';
import type { PublicCenterFacts } from '../locator/public-center.ts';

/** Devices that are the customer's now (not returned to stock or retired). */
const CURRENT_DEVICE_STATUSES = ['shipped', 'installed'];
/** At most this many upcoming appointments are answered. */
export const DASHBOARD_APPOINTMENTS = 10;

/** Whether a code can be issued for a device now, else why not: the unlock-code command's own decision. */
export type UnlockCodeAvailability = { allowed: true; validHours: number } | { allowed: false; reason: string };

export interface DashboardDevice {
  id: number;
  serial: string;
  kind: string;
  model: string;
  status: string;
  nextCalibrationDue: string | null;
  lockoutOn: string | null;
  version: number;
  vehicle: { year: number; make: string; model: string } | null;
  unlockCode: UnlockCodeAvailability;
}

export interface DashboardAppointment {
  id: number;
  number: string | null;
  type: string;
  status: string;
  scheduledAt: string;
  center: PublicCenterFacts | null;
}

/** The customer's state's unlock-code rules, as data: whether codes are given here, for how long, at what fee, whom to call. */
export interface UnlockCodeRules {
  stateCode: string;
  stateName: string;
  allowed: boolean;
  validHours: number | null;
  perDay: number | null;
  perProgram: number | null;
  fee: number | null;
  callNumber: string | null;
}

/** GET /api/customers/:id/dashboard: what the client portal's home page shows. */
export interface CustomerDashboard {
  customer: { id: number; firstName: string; lastName: string; balance: number; paymentPlan: string; autoPay: boolean };
  /** The plan's next payment (date and amount), or null when nothing is due. */
  nextPayment: NextPayment | null;
  devices: DashboardDevice[];
  /** The earliest calibration due among the installed devices, with the day the device locks out if it is missed. */
  nextService: { deviceId: number; serial: string; dueOn: string; lockoutOn: string | null } | null;
  appointments: DashboardAppointment[];
  unlockCodes: UnlockCodeRules;
}

async function customerDevices(trx: Transaction, actor: Actor, customerId: number, now: Date): Promise<DashboardDevice[]> {
  assertAllowed(decide(actor, 'read', devices.name));
  const rows = await trx
    .selectFrom('devices as d')
    .leftJoin('vehicles as v', 'v.id', 'd.vehicleId')
    .select(['d.id', 'd.serial', 'd.kind', 'd.model', 'd.status', 'd.customerId', 'd.nextCalibrationDue', 'd.lockoutOn', 'd.version', 'v.id as vehicleId', 'v.year', 'v.make', 'v.model as vehicleModel'])
    .where('d.customerId', '=', customerId)
    .where('d.status', 'in', CURRENT_DEVICE_STATUSES)
    .where('d.id', 'in', trx.selectFrom('devices').select('id').where(scopeWhere(scopeOf(actor, devices.name))))
    .orderBy('d.id')
    .execute();
  return Promise.all(
    rows.map(async (d): Promise<DashboardDevice> => {
      const { verdict, validHours } = await unlockCodeState(trx, d, now);
      return {
        id: d.id,
        serial: d.serial,
        kind: d.kind,
        model: d.model,
        status: d.status,
        nextCalibrationDue: d.nextCalibrationDue,
        lockoutOn: d.lockoutOn,
        version: Number(d.version),
        vehicle: d.vehicleId == null ? null : { year: Number(d.year), make: String(d.make), model: String(d.vehicleModel) },
        unlockCode: verdict.allowed ? { allowed: true, validHours } : { allowed: false, reason: verdict.reason },
      };
    }),
  );
}

/**
 * The customer's appointments to come, with where they are: a customer reads their own work
 * orders, and of the center only what the public locator shows of it anyway.
 */
async function upcomingAppointments(trx: Transaction, actor: Actor, customerId: number, now: Date): Promise<DashboardAppointment[]> {
  assertAllowed(decide(actor, 'read', workOrders.name));
  const rows = await trx
    .selectFrom('workOrders as w')
    .leftJoin('serviceCenters as s', 's.id', 'w.serviceCenterId')
    .select(['w.id', 'w.number', 'w.type', 'w.status', 'w.scheduledAt', 's.id as centerId', 's.name', 's.street', 's.city', 's.state', 's.postalCode', 's.phone', 's.hours'])
    .where('w.customerId', '=', customerId)
    .where('w.status', 'in', NOT_BEGUN_STATUSES)
    .where('w.scheduledAt', '>=', today(now))
    .where('w.id', 'in', trx.selectFrom('workOrders').select('id').where(scopeWhere(scopeOf(actor, workOrders.name))))
    .orderBy('w.scheduledAt')
    .orderBy('w.id')
    .limit(DASHBOARD_APPOINTMENTS)
    .execute();
  return rows.map((w) => ({
    id: w.id,
    number: w.number,
    type: w.type,
    status: w.status,
    scheduledAt: w.scheduledAt,
    center:
      w.centerId == null
        ? null
        : { name: String(w.name), street: String(w.street), city: String(w.city), state: String(w.state), postalCode: String(w.postalCode), phone: w.phone, hours: w.hours },
  }));
}

async function unlockCodeRules(trx: Transaction, jurisdictionId: number): Promise<UnlockCodeRules> {
  const j = await trx.selectFrom('jurisdictions').selectAll().where('id', '=', jurisdictionId).executeTakeFirstOrThrow();
  return {
    stateCode: j.code,
    stateName: j.name,
    allowed: j.unlockCodesAllowed === 1,
    validHours: j.unlockCodeValidHours,
    perDay: j.unlockCodesPerDay,
    perProgram: j.unlockCodesPerProgram,
    fee: j.unlockCodeFee,
    callNumber: j.unlockCodeCallNumber,
  };
}

/** The installed device whose calibration falls due first. */
function nextServiceOf(list: DashboardDevice[]): CustomerDashboard['nextService'] {
  const due = list.filter((d) => d.status === 'installed' && d.nextCalibrationDue !== null).sort((a, b) => a.nextCalibrationDue!.localeCompare(b.nextCalibrationDue!));
  return due.length ? { deviceId: due[0].id, serial: due[0].serial, dueOn: due[0].nextCalibrationDue!, lockoutOn: due[0].lockoutOn } : null;
}

/**
 * The client portal's home page for a customer: read as the customer record (their own for a
 * customer's login, 404 for another's; staff who read customers see anyone's), with their
 * devices and appointments in the actor's scope.
 */
export async function customerDashboard(trx: Transaction, actor: Actor, customerId: number, now = new Date()): Promise<CustomerDashboard> {
  const customer = await findAuthorized(trx, actor, 'read', customers, customerId);
  const list = await customerDevices(trx, actor, customerId, now);
  return {
    customer: {
      id: customerId,
      firstName: String(customer.firstName),
      lastName: String(customer.lastName),
      balance: Number(customer.balance ?? 0),
      paymentPlan: String(customer.paymentPlan),
      autoPay: customer.autoPay === true,
    },
    nextPayment: nextPaymentOf({
      planAmount: customer.planAmount == null ? null : Number(customer.planAmount),
      nextPaymentOn: (customer.nextPaymentOn as string | null) ?? null,
      balance: customer.balance == null ? null : Number(customer.balance),
      autoPay: customer.autoPay === true,
    }),
    devices: list,
    nextService: nextServiceOf(list),
    appointments: await upcomingAppointments(trx, actor, customerId, now),
    unlockCodes: await unlockCodeRules(trx, Number(customer.jurisdictionId)),
  };
}
