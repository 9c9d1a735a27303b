import { describe, expect, test } from 'vitest';
import { closedReason, localTime, type Closure } from '../../server/rules/availability/rules.ts';
import { openingHoursSchema, type OpeningHours } from '../../server/rules/availability/hours.ts';
import { timeZoneOf } from '../../server/rules/availability/time-zones.ts';

const WEEKDAY = [{ opens: '08:00', closes: '17:00' }];
const HOURS: OpeningHours = {
  mon: WEEKDAY,
  tue: WEEKDAY,
  wed: [
    { opens: '08:00', closes: '12:00' },
    { opens: '13:00', closes: '17:00' },
  ],
  thu: WEEKDAY,
  fri: WEEKDAY,
  sat: [
    { opens: '09:00', closes: '13:00' },
    { opens: '18:00', closes: '24:00' },
  ],
  sun: [],
};
const CLOSURES: Closure[] = [
  { startsOn: '2026-12-24', endsOn: '2026-12-26', reason: 'Holidays' },
  { startsOn: '2027-01-01', endsOn: '2027-01-01', reason: "New Year's Day" },
];
const MONDAY_HOURS = 'Open 08:00–17:00 on Mondays';

describe('closedReason: the center’s local time, its weekly hours and its closures', () => {
  test.each([
    // state, instant (UTC), hours?, closures?, expected
    ['IL', '2026-03-02T14:00:00Z', true, false, null], // Monday 08:00 CST: opening time
    ['IL', '2026-03-02T13:59:00Z', true, false, MONDAY_HOURS], // 07:59
    ['IL', '2026-03-02T22:59:00Z', true, false, null], // 16:59
    ['IL', '2026-03-02T23:00:00Z', true, false, MONDAY_HOURS], // 17:00: closed from closing time on
    ['IL', '2026-03-01T16:00:00Z', true, false, 'Closed on Sundays'],
    ['IL', '2026-03-04T18:30:00Z', true, false, 'Open 08:00–12:00 and 13:00–17:00 on Wednesdays'], // lunch break
    ['IL', '2026-03-04T19:00:00Z', true, false, null], // 13:00 after lunch
    // DST began on 2026-03-08: 13:00Z is 08:00 CDT (07:00 a week earlier in CST)
    ['IL', '2026-03-09T13:00:00Z', true, false, null],
    ['IL', '2026-03-02T13:00:00Z', true, false, MONDAY_HOURS],
    ['IL', '2026-03-09T22:30:00Z', true, false, MONDAY_HOURS], // 17:30 CDT
    // DST ended on 2026-11-01: 13:30Z is 07:30 CST (it was 08:30 CDT the Monday before)
    ['IL', '2026-11-02T13:30:00Z', true, false, MONDAY_HOURS],
    ['IL', '2026-10-26T13:30:00Z', true, false, null],
    // Arizona keeps standard time all year: 15:00Z is 08:00 in summer too
    ['AZ', '2026-07-06T15:00:00Z', true, false, null],
    ['AZ', '2026-07-06T14:30:00Z', true, false, MONDAY_HOURS],
    ['CA', '2026-07-06T15:00:00Z', true, false, null], // 08:00 PDT
    ['CA', '2026-07-06T14:59:00Z', true, false, MONDAY_HOURS],
    // Overnight in UTC: Sunday 02:00Z is Saturday 20:00 in Chicago, open until midnight
    ['IL', '2026-03-08T02:00:00Z', true, false, null],
    ['IL', '2026-03-07T23:00:00Z', true, false, 'Open 09:00–13:00 and 18:00–24:00 on Saturdays'], // Saturday 17:00
    ['IL', '2026-03-08T05:59:00Z', true, false, null], // Saturday 23:59
    ['IL', '2026-03-08T06:00:00Z', true, false, 'Closed on Sundays'], // Sunday 00:00
    // Closures cover the center's local days, whatever the hours (or with none)
    ['IL', '2026-12-24T15:00:00Z', true, true, 'Closed from 2026-12-24 to 2026-12-26: Holidays'],
    ['IL', '2026-12-24T15:00:00Z', false, true, 'Closed from 2026-12-24 to 2026-12-26: Holidays'],
    ['IL', '2026-12-24T05:00:00Z', false, true, null], // 23:00 on the 23rd in Chicago
    ['IL', '2026-12-27T05:59:00Z', false, true, 'Closed from 2026-12-24 to 2026-12-26: Holidays'], // 23:59 on the 26th
    ['CA', '2027-01-02T07:30:00Z', false, true, "Closed on 2027-01-01: New Year's Day"], // 23:30 PST on the 1st
    ['NY', '2027-01-02T07:30:00Z', false, true, null], // already 02:30 on the 2nd
    // No structured hours and no closures: nothing refused
    ['IL', '2026-03-01T03:00:00Z', false, false, null],
  ] as const)('%s %s (hours %s, closures %s) → %s', (state, at, hours, closures, expected) => {
    const center = { timeZone: timeZoneOf(state), openingHours: hours ? HOURS : null, closures: closures ? CLOSURES : [] };
    expect(closedReason(new Date(at), center)).toBe(expected);
  });

  test('localTime reads the wall clock of the zone', () => {
    expect(localTime(new Date('2026-03-08T08:30:00Z'), 'America/Chicago')).toEqual({ day: '2026-03-08', weekday: 'sun', minutes: 3 * 60 + 30 }); // 02:00 skipped
    expect(localTime(new Date('2026-11-01T06:30:00Z'), 'America/Chicago')).toEqual({ day: '2026-11-01', weekday: 'sun', minutes: 60 + 30 }); // the second 01:30
    expect(localTime(new Date('2026-07-01T04:00:00Z'), 'America/Phoenix')).toEqual({ day: '2026-06-30', weekday: 'tue', minutes: 21 * 60 });
  });

  test('an unknown state falls back to the provider’s zone', () => {
    expect(timeZoneOf('ZZ')).toBe('America/Chicago');
    expect(timeZoneOf('az')).toBe('America/Phoenix');
  });
});

describe('openingHoursSchema', () => {
  const week = (day: unknown) => ({ ...HOURS, mon: day });
  test.each([
    ['HH:MM', week([{ opens: '8:00', closes: '17:00' }]), 'mon.0.opens'],
    ['closes after opens', week([{ opens: '17:00', closes: '08:00' }]), 'mon.0.closes'],
    ['closes equal opens', week([{ opens: '08:00', closes: '08:00' }]), 'mon.0.closes'],
    ['24:00 only as a closing time', week([{ opens: '24:00', closes: '24:00' }]), 'mon.0.opens'],
    ['no 24:30', week([{ opens: '08:00', closes: '24:30' }]), 'mon.0.closes'],
    ['intervals in order', week([{ opens: '13:00', closes: '17:00' }, { opens: '08:00', closes: '12:00' }]), 'mon'],
    ['no overlap', week([{ opens: '08:00', closes: '13:00' }, { opens: '12:00', closes: '17:00' }]), 'mon'],
    ['at most 3 intervals', week(['06', '08', '10', '12'].map((h) => ({ opens: `${h}:00`, closes: `${h}:30` }))), 'mon'],
    ['every weekday', (({ sun: _sun, ...rest }) => rest)(HOURS), 'sun'],
    ['weekdays only', { ...HOURS, holiday: [] }, ''],
  ])('%s', (_label, value, path) => {
    const result = openingHoursSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  test('a valid week passes as it is', () => {
    expect(openingHoursSchema.parse(HOURS)).toEqual(HOURS);
  });
});
