import type { Interval, OpeningHours } from '../../rules/availability/hours.ts';

const days = (weekdays: Interval[], saturday: Interval[]): OpeningHours => ({
  mon: weekdays,
  tue: weekdays,
  wed: weekdays,
  thu: weekdays,
  fri: weekdays,
  sat: saturday,
  sun: [],
});
const open = (opens: string, closes: string): Interval[] => [{ opens, closes }];

/**
 * The demo centers' weekly hours. Every one takes the appointments the generator books (visits.ts:
 * weekdays from 08:00 to 16:00, Saturdays from 09:00 to 11:30, never on Sundays), so that no
 * demo appointment falls outside its center's hours.
 */
export const DEMO_WEEKS: readonly OpeningHours[] = [
  days(open('08:00', '17:00'), open('09:00', '12:00')),
  days(open('08:00', '18:00'), open('09:00', '13:00')),
  days(open('07:30', '17:30'), open('08:00', '12:00')),
  days(open('08:00', '17:00'), open('08:00', '17:00')),
  days(open('07:00', '17:00'), open('09:00', '12:00')),
  days(open('08:00', '17:30'), open('08:30', '12:30')),
];
