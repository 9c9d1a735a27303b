import { addDaysToIsoDay, daysBetweenIsoDays } from '../../dates.ts';

/**
 * The calibration tracking lists: which installed devices staff must act on before customers are
 * locked out. Pure: the SPA builds its list filters (json-server dialect) from here and the tests
 * check them against the API.
 */
export const CALIBRATION_TABS = ['due-this-week', 'in-grace', 'locked-out', 'overdue'] as const;
export type CalibrationTab = (typeof CALIBRATION_TABS)[number];

/** Days ahead that "due this week" covers (today included). */
export const DUE_SOON_DAYS = 7;

/** The `devices` list filter of a tab on `today` (YYYY-MM-DD). */
export function calibrationFilter(tab: CalibrationTab, today: string): Record<string, string> {
  const installed = { status: 'installed' };
  const yesterday = addDaysToIsoDay(today, -1);
  switch (tab) {
    case 'due-this-week':
      return { ...installed, nextCalibrationDue_gte: today, nextCalibrationDue_lte: addDaysToIsoDay(today, DUE_SOON_DAYS) };
    case 'in-grace':
      return { ...installed, nextCalibrationDue_lte: yesterday, lockoutOn_gte: today };
    case 'locked-out':
      return { ...installed, lockoutOn_lte: yesterday };
    case 'overdue':
      return { ...installed, nextCalibrationDue_lte: yesterday };
  }
}

/** Days since the due date (0 when not overdue or no date). */
export function daysOverdue(nextCalibrationDue: string | null, today: string): number {
  if (!nextCalibrationDue) return 0;
  return Math.max(0, daysBetweenIsoDays(nextCalibrationDue, today));
}

/** Days left before the lockout date (0 on the day itself, negative once past; null without a date). */
export function daysToLockout(lockoutOn: string | null, today: string): number | null {
  if (!lockoutOn) return null;
  return daysBetweenIsoDays(today, lockoutOn);
}
