import { describe, expect, test } from 'vitest';
import { calibrationDates, lockoutDate } from '../../server/rules/calibration/due-dates.ts';
import { consolidationKey, shipDay } from '../../server/rules/shipments/consolidate.ts';

describe('calibration dates follow the jurisdiction', () => {
  test.each([
    // calibrated on, interval, grace, next due, lockout
    ['2026-01-10', 30, 7, '2026-02-09', '2026-02-16'],
    ['2026-01-10', 60, 5, '2026-03-11', '2026-03-16'],
    ['2026-12-20', 65, 0, '2027-02-23', '2027-02-23'],
    ['2028-02-01', 30, 5, '2028-03-02', '2028-03-07'], // leap year
    ['2026-01-10', null, null, '2026-03-11', '2026-03-16'], // courts decide (TX): the defaults
  ] as const)('calibrated %s, every %s days, %s grace → due %s, locks out %s', (on, interval, grace, due, lockout) => {
    const rules = { calibrationIntervalDays: interval, graceDaysBeforeLockout: grace };
    expect(calibrationDates(on, rules)).toEqual({ lastCalibrationOn: on, nextCalibrationDue: due, lockoutOn: lockout });
  });
  test('no due date, no lockout date', () => {
    expect(lockoutDate(null, { calibrationIntervalDays: 30, graceDaysBeforeLockout: 7 })).toBeNull();
  });
});

describe('ship day: two business days before the appointment, never in the past', () => {
  test.each([
    ['2026-11-26T15:00:00.000Z', '2026-11-20', '2026-11-24'], // Thursday → Tuesday
    ['2026-11-30T15:00:00.000Z', '2026-11-20', '2026-11-26'], // Monday → the Thursday before
    ['2026-11-29T15:00:00.000Z', '2026-11-20', '2026-11-26'], // Sunday → Thursday
    ['2026-11-23T15:00:00.000Z', '2026-11-22', '2026-11-22'], // too soon: today
  ])('appointment %s, today %s → ships %s', (scheduledAt, today, expected) => {
    expect(shipDay(scheduledAt, today)).toBe(expected);
  });
  test('one key per center and day', () => {
    expect(consolidationKey(7, '2026-11-24')).toBe('7:2026-11-24');
    expect(consolidationKey(7, '2026-11-25')).not.toBe(consolidationKey(7, '2026-11-24'));
  });
});
