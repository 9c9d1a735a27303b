import type { NotNull } from 'kysely';
import type { Db, Transaction } from '../../db/database.ts';
import { lockoutDate, type CalibrationRules } from './due-dates.ts';

const NO_RULES: CalibrationRules = { calibrationIntervalDays: null, graceDaysBeforeLockout: null };

/**
 * The calibration rules that govern a device: its customer's jurisdiction; a device without a
 * customer (stock at a center) follows its center's jurisdiction; warehouse stock the defaults.
 */
export async function deviceCalibrationRules(
  trx: Db,
  device: { customerId?: unknown; serviceCenterId?: unknown },
): Promise<CalibrationRules> {
  const pick = (row: CalibrationRules | undefined): CalibrationRules => row ?? NO_RULES;
  if (device.customerId != null) {
    return pick(
      await trx
        .selectFrom('customers')
        .innerJoin('jurisdictions', 'jurisdictions.id', 'customers.jurisdictionId')
        .select(['jurisdictions.calibrationIntervalDays', 'jurisdictions.graceDaysBeforeLockout'])
        .where('customers.id', '=', Number(device.customerId))
        .executeTakeFirst(),
    );
  }
  if (device.serviceCenterId != null) {
    return pick(
      await trx
        .selectFrom('serviceCenters')
        .innerJoin('jurisdictions', 'jurisdictions.id', 'serviceCenters.jurisdictionId')
        .select(['jurisdictions.calibrationIntervalDays', 'jurisdictions.graceDaysBeforeLockout'])
        .where('serviceCenters.id', '=', Number(device.serviceCenterId))
        .executeTakeFirst(),
    );
  }
  return NO_RULES;
}

/** A device's lockout date from its (possibly changed) due date, customer and center. */
export async function deviceLockoutOn(
  trx: Db,
  device: { nextCalibrationDue?: unknown; customerId?: unknown; serviceCenterId?: unknown },
): Promise<string | null> {
  const due = device.nextCalibrationDue == null ? null : String(device.nextCalibrationDue);
  if (due === null) return null;
  return lockoutDate(due, await deviceCalibrationRules(trx, device));
}

/** A device whose derived lockout date is to change. */
export interface LockoutChange {
  id: number;
  lockoutOn: string | null;
}

/**
 * After a jurisdiction's grace days changed: the new lockout date of every device it governs (its
 * customers' devices, and customer-less devices at its centers) where it differs.
 */
export async function jurisdictionLockoutChanges(trx: Transaction, jurisdictionId: number, rules: CalibrationRules): Promise<LockoutChange[]> {
  const devices = await trx
    .selectFrom('devices')
    .select(['id', 'nextCalibrationDue', 'lockoutOn'])
    .where('nextCalibrationDue', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('customerId', 'in', eb.selectFrom('customers').select('id').where('jurisdictionId', '=', jurisdictionId)),
        eb.and([eb('customerId', 'is', null), eb('serviceCenterId', 'in', eb.selectFrom('serviceCenters').select('id').where('jurisdictionId', '=', jurisdictionId))]),
      ]),
    )
    .orderBy('id')
    .$narrowType<{ nextCalibrationDue: NotNull }>()
    .execute();
  return changed(devices, rules);
}

/** After a customer moved to another jurisdiction: their devices' new lockout dates under its grace, where they differ. */
export async function customerLockoutChanges(trx: Transaction, customerId: number): Promise<LockoutChange[]> {
  const rules = await deviceCalibrationRules(trx, { customerId });
  const devices = await trx.selectFrom('devices').select(['id', 'nextCalibrationDue', 'lockoutOn']).where('customerId', '=', customerId).where('nextCalibrationDue', 'is not', null).orderBy('id').$narrowType<{ nextCalibrationDue: NotNull }>().execute();
  return changed(devices, rules);
}

function changed(devices: { id: number; nextCalibrationDue: string; lockoutOn: string | null }[], rules: CalibrationRules): LockoutChange[] {
  return devices
    .map((d) => ({ id: d.id, lockoutOn: lockoutDate(d.nextCalibrationDue, rules), before: d.lockoutOn }))
    .filter((d) => d.lockoutOn !== d.before)
    .map(({ id, lockoutOn }) => ({ id, lockoutOn }));
}
