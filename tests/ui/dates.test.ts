// The browser's day helpers: the browser's own calendar days, in zones either side of UTC (with DST).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToIsoDay, localDay, today } from '../../src/dates.ts';

/** Each zone with the local day of an instant late in the UTC day, 2026-03-15T23:30Z. */
const ZONES = [
  ['UTC', '2026-03-15'],
  ['America/New_York', '2026-03-15'],
  ['Pacific/Kiritimati', '2026-03-16'],
  ['America/Santiago', '2026-03-15'],
  ['Australia/Lord_Howe', '2026-03-16'],
];

describe.each(ZONES)('in %s', (zone, lateUtcDay) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('today is the local day of an instant late in the UTC day', () => expect(today(new Date('2026-03-15T23:30:00Z'))).toBe(lateUtcDay));

  it.each([
    [2026, 0, 31, 23, 59, '2026-01-31'],
    [2026, 1, 28, 0, 0, '2026-02-28'],
    [2028, 1, 29, 23, 59, '2028-02-29'],
    [2026, 11, 31, 23, 59, '2026-12-31'],
    [2027, 0, 1, 0, 0, '2027-01-01'],
    [2026, 2, 8, 3, 30, '2026-03-08'],
  ])('%i-%i-%i %i:%i local is %s', (y, m, d, h, min, day) => {
    expect(localDay(new Date(y, m, d, h, min))).toBe(day);
    expect(today(new Date(y, m, d, h, min))).toBe(day);
  });

  it('today defaults to now', () => {
    const now = new Date();
    expect(today()).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-09', -1, '2026-03-08'],
    ['2026-11-02', -2, '2026-10-31'],
    ['2026-09-06', 1, '2026-09-07'],
    ['2026-04-05', -1, '2026-04-04'],
    ['2026-06-30', -90, '2026-04-01'],
    ['2026-03-10', 0, '2026-03-10'],
  ])('%s + %i days = %s', (day, n, expected) => expect(addDaysToIsoDay(day, n)).toBe(expected));
});
