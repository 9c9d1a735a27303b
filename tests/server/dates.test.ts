// The server's day helpers, in the server's own time zone and in zones either side of UTC (with DST).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToIsoDay, dateOfDay, dayOfDate, daysBefore, daysBetweenIsoDays, daysSince, today } from '../../server/dates.ts';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'America/Santiago', 'Australia/Lord_Howe'];

describe.each(ZONES)('in %s', (zone) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it.each([
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['2026-03-15T23:59:59.999Z', '2026-03-15'],
    ['2026-01-31T23:30:00Z', '2026-01-31'],
    ['2028-02-29T23:45:00Z', '2028-02-29'],
    ['2026-12-31T23:59:00Z', '2026-12-31'],
    ['2027-01-01T00:00:00Z', '2027-01-01'],
    ['2026-03-08T06:59:00Z', '2026-03-08'],
  ])('today at %s is the UTC day %s', (at, day) => expect(today(new Date(at))).toBe(day));

  it('today defaults to now', () => expect(today()).toBe(new Date().toISOString().slice(0, 10)));

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-12-25', 7, '2027-01-01'],
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-09-05', 1, '2026-09-06'],
    ['2026-04-04', 1, '2026-04-05'],
    ['2026-01-10', 60, '2026-03-11'],
    ['2028-01-10', 60, '2028-03-10'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-10', -3660, '2016-03-02'],
  ])('%s + %i days = %s', (day, n, expected) => {
    expect(addDaysToIsoDay(day, n)).toBe(expected);
    expect(daysBetweenIsoDays(day, expected)).toBe(n);
    expect(daysBetweenIsoDays(expected, day) + n).toBe(0);
  });

  it.each([
    ['2025-06-01', '2026-06-01', 365],
    ['2027-06-01', '2028-06-01', 366],
    ['2026-01-01', '2026-12-31', 364],
    ['2026-03-01', '2026-04-01', 31],
    ['2026-11-01', '2026-11-02', 1],
  ])('%s to %s is %i days', (from, to, days) => expect(daysBetweenIsoDays(from, to)).toBe(days));

  it.each(['2026-01-31', '2028-02-29', '2026-12-31', '2026-03-08', '2026-09-06', '2026-04-05'])('%s reads and writes back as itself', (day) => {
    expect(dayOfDate(dateOfDay(day))).toBe(day);
  });

  it('refuses what is not a day', () => {
    expect(() => addDaysToIsoDay('2026-13-01', 1)).toThrow(RangeError);
    expect(daysBetweenIsoDays('not a day', '2026-01-01')).toBeNaN();
  });

  const NOW = new Date('2026-03-10T12:00:00.000Z');
  it.each([
    [null, 0],
    ['2026-03-10T12:00:00.000Z', 0],
    ['2026-03-11T12:00:00.000Z', 0],
    ['2026-03-09T12:00:00.001Z', 0],
    ['2026-03-09T12:00:00.000Z', 1],
    ['2026-03-08T23:59:59.999Z', 1],
    ['2026-02-28T12:00:00.000Z', 10],
    ['2025-03-10T12:00:00.000Z', 365],
  ])('%s is %i whole 24-hour days before 2026-03-10T12:00Z', (at, days) => expect(daysSince(at, NOW)).toBe(days));

  it.each([0, 1, 2, 30, 45, 366])('%i days before now is the latest instant that many days ago', (days) => {
    const at = daysBefore(NOW, days);
    expect(at.getTime()).toBe(NOW.getTime() - days * 24 * 3_600_000);
    expect(daysSince(at.toISOString(), NOW)).toBe(days);
    expect(daysSince(new Date(at.getTime() + 1).toISOString(), NOW)).toBe(Math.max(0, days - 1));
  });
});
