import { describe, expect, test } from 'vitest';
import { addBusinessDays, dueAt, type Deadline } from '../../server/rules/reporting/deadline.ts';
import { timeZoneOf } from '../../server/rules/availability/time-zones.ts';

const FEDERAL_2026 = ['2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25'];
const CESAR_CHAVEZ = '2026-03-31';

describe('reporting deadlines on the state’s clock', () => {
  test.each<[string, string, string, Deadline, string[], string]>([
    // hours: to the minute, whatever the day or the holidays
    ['TX tampering 48 h', 'TX', '2026-03-06T22:30:00.000Z', { amount: 48, unit: 'hours' }, ['2026-03-07'], '2026-03-08T22:30:00.000Z'],
    ['AZ record 24 h across a weekend', 'AZ', '2026-07-03T18:00:00.000Z', { amount: 24, unit: 'hours' }, FEDERAL_2026, '2026-07-04T18:00:00.000Z'],
    // calendar days: end of the nth day on the state's clock (AZ: UTC−7 all year)
    ['AZ violation evidence 10 days', 'AZ', '2026-05-01T16:00:00.000Z', { amount: 10, unit: 'calendar-days' }, [], '2026-05-12T06:59:00.000Z'],
    ['AZ evening event counts from the local day', 'AZ', '2026-05-02T05:00:00.000Z', { amount: 1, unit: 'calendar-days' }, [], '2026-05-03T06:59:00.000Z'],
    // business days: weekends and the state's holidays skipped
    ['WY 5 business days from a Wednesday', 'WY', '2026-03-04T17:00:00.000Z', { amount: 5, unit: 'business-days' }, [], '2026-03-12T05:59:00.000Z'],
    ['WY 5 business days from a Friday', 'WY', '2026-03-06T17:00:00.000Z', { amount: 5, unit: 'business-days' }, [], '2026-03-14T05:59:00.000Z'],
    ['WY over Labor Day', 'WY', '2026-09-04T17:00:00.000Z', { amount: 5, unit: 'business-days' }, FEDERAL_2026, '2026-09-15T05:59:00.000Z'],
    ['IA 7 business days over Thanksgiving', 'IA', '2026-11-23T15:00:00.000Z', { amount: 7, unit: 'business-days' }, FEDERAL_2026, '2026-12-04T05:59:00.000Z'],
    ['IA 7 business days over Christmas', 'IA', '2026-12-21T15:00:00.000Z', { amount: 7, unit: 'business-days' }, FEDERAL_2026, '2027-01-01T05:59:00.000Z'],
    ['CA 3 business days over its own holiday', 'CA', '2026-03-27T18:00:00.000Z', { amount: 3, unit: 'business-days' }, [CESAR_CHAVEZ], '2026-04-03T06:59:00.000Z'],
    ['CA the same without it', 'CA', '2026-03-27T18:00:00.000Z', { amount: 3, unit: 'business-days' }, [], '2026-04-02T06:59:00.000Z'],
    ['an event on a Saturday starts counting on Monday', 'IA', '2026-03-07T15:00:00.000Z', { amount: 1, unit: 'business-days' }, [], '2026-03-10T04:59:00.000Z'],
    // the clocks change: WY goes to daylight time on 2026-03-08 (UTC−7 → UTC−6)
    ['WY across the change to daylight time', 'WY', '2026-03-06T17:00:00.000Z', { amount: 1, unit: 'business-days' }, [], '2026-03-10T05:59:00.000Z'],
  ])('%s', (_label, state, eventAt, deadline, holidays, expected) => {
    expect(dueAt(new Date(eventAt), deadline, holidays, timeZoneOf(state)).toISOString()).toBe(expected);
  });

  test.each([
    ['2026-03-06', 1, [], '2026-03-09'],
    ['2026-03-06', 0, [], '2026-03-06'],
    ['2026-12-24', 1, ['2026-12-25'], '2026-12-28'],
    ['2026-07-02', 2, ['2026-07-03'], '2026-07-07'],
  ])('the %s plus %i business days is %s… (holidays %j)', (day, n, holidays, expected) => {
    expect(addBusinessDays(day, n, new Set(holidays))).toBe(expected);
  });
});
