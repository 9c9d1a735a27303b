import { addDaysToIsoDay } from '../../dates.ts';

/** Where a jurisdiction leaves the interval to the courts (TX): the most common state interval. */
export const DEFAULT_INTERVAL_DAYS = 60;
/** Typical grace after a missed calibration before the device locks the vehicle (5–7 days). */
export const DEFAULT_GRACE_DAYS = 5;

export interface CalibrationRules {
  calibrationIntervalDays: number | null;
  graceDaysBeforeLockout: number | null;
}

/** The day a device locks out if not calibrated: the due date plus the jurisdiction's grace. */
export function lockoutDate(nextCalibrationDue: string | null, rules: CalibrationRules): string | null {
  if (!nextCalibrationDue) return null;
  return addDaysToIsoDay(nextCalibrationDue, rules.graceDaysBeforeLockout ?? DEFAULT_GRACE_DAYS);
}

/** After a calibration on `calibratedOn` (YYYY-MM-DD): when the next one is due and when the device locks out. */
export function calibrationDates(calibratedOn: string, rules: CalibrationRules) {
  const nextCalibrationDue = addDaysToIsoDay(calibratedOn, rules.calibrationIntervalDays ?? DEFAULT_INTERVAL_DAYS);
  return { lastCalibrationOn: calibratedOn, nextCalibrationDue, lockoutOn: lockoutDate(nextCalibrationDue, rules) };
}
