import { describe, expect, it } from 'vitest';
import { instantAt } from '../../server/rules/availability/wall-clock.ts';
import { localTime } from '../../server/rules/availability/rules.ts';

describe('instantAt: a day and time on a center’s wall clock as an instant', () => {
  it.each([
    ['2027-01-15', '09:00', 'America/New_York', '2027-01-15T14:00:00.000Z'],
    ['2027-07-01', '09:00', 'America/Los_Angeles', '2027-07-01T16:00:00.000Z'],
    ['2027-06-01', '00:00', 'Pacific/Honolulu', '2027-06-01T10:00:00.000Z'],
    ['2027-03-14', '09:30', 'America/Chicago', '2027-03-14T14:30:00.000Z'], // the day clocks go forward
    ['2027-11-07', '09:30', 'America/Chicago', '2027-11-07T15:30:00.000Z'], // the day clocks go back
    ['2027-12-31', '23:45', 'America/Phoenix', '2028-01-01T06:45:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, iso) => {
    expect(instantAt(day, time, zone).toISOString()).toBe(iso);
  });

  it('reads back as the same wall clock every quarter hour of a year with a clock change', () => {
    for (let d = 0; d < 365; d += 3) {
      const day = new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10);
      for (const time of ['00:15', '01:30', '03:00', '08:45', '12:00', '23:59']) {
        const local = localTime(instantAt(day, time, 'America/Denver'), 'America/Denver');
        expect({ day: local.day, minutes: local.minutes }, `${day} ${time}`).toEqual({ day, minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) });
      }
    }
  });
});
