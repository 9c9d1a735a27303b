import type { ExpressionBuilder } from 'kysely';
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
  const pick = (row: { calibrationIntervalDays: unknown; graceDaysBeforeLockout: unknown } | undefined): CalibrationRules =>
    row
      ? {
          calibrationIntervalDays: row.calibrationIntervalDays == null ? null : Number(row.calibrationIntervalDays),
          graceDaysBeforeLockout: row.graceDaysBeforeLockout == null ? null : Number(row.graceDaysBeforeLockout),
        }
      : NO_RULES;
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

/**
 * After a jurisdiction's grace days changed: the lockout date of every device it governs (its
 * customers' devices, and customer-less devices at its centers), one UPDATE per distinct due date
 * (portable SQL, no per-dialect date arithmetic). Returns how many devices were updated.
 */
export async function recomputeJurisdictionLockouts(trx: Transaction, jurisdictionId: number, rules: CalibrationRules): Promise<number> {
  const governed = (eb: ExpressionBuilder<Record<string, Record<string, unknown>>, 'devices'>) =>
    eb.or([
      eb('customerId', 'in', eb.selectFrom('customers').select('id').where('jurisdictionId', '=', jurisdictionId)),
      eb.and([
        eb('customerId', 'is', null),
        eb('serviceCenterId', 'in', eb.selectFrom('serviceCenters').select('id').where('jurisdictionId', '=', jurisdictionId)),
      ]),
    ]);
  const dues = await trx.selectFrom('devices').select('nextCalibrationDue').distinct().where('nextCalibrationDue', 'is not', null).where(governed).execute();
  let updated = 0;
  for (const { nextCalibrationDue } of dues) {
    const due = String(nextCalibrationDue);
    const result = await trx.updateTable('devices').set({ lockoutOn: lockoutDate(due, rules) }).where('nextCalibrationDue', '=', due).where(governed).executeTakeFirst();
    updated += Number(result.numUpdatedRows);
  }
  return updated;
}

/** After a customer moved to another jurisdiction: their devices' lockout dates under its grace. Returns how many changed. */
export async function recomputeCustomerLockouts(trx: Transaction, customerId: number): Promise<number> {
  const rules = await deviceCalibrationRules(trx, { customerId });
  const devices = await trx.selectFrom('devices').select(['id', 'nextCalibrationDue', 'lockoutOn']).where('customerId', '=', customerId).where('nextCalibrationDue', 'is not', null).execute();
  let updated = 0;
  for (const device of devices) {
    const lockoutOn = lockoutDate(String(device.nextCalibrationDue), rules);
    if (lockoutOn === device.lockoutOn) continue;
    await trx.updateTable('devices').set({ lockoutOn }).where('id', '=', device.id).execute();
    updated += 1;
  }
  return updated;
}
