import { z } from 'zod';
import { today } from '../../dates.ts';

/** `YYYY-MM` of an instant's UTC month, this month by default. */
export const monthOf = (now = new Date()) => today(now).slice(0, 7);

/**
 * A month's bounds as ISO instants, [start, end): UTC month boundaries, like the stored
 * timestamps (work done on the evening of the last day in US time may fall in the next month).
 */
export function monthBounds(month: string): { start: string; end: string } {
  const [year, index] = month.split('-').map(Number);
  return { start: new Date(Date.UTC(year, index - 1, 1)).toISOString(), end: new Date(Date.UTC(year, index, 1)).toISOString() };
}

/** `?month=YYYY-MM`: a month up to the current one (UTC). */
export const monthQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month (YYYY-MM)')
    .refine((month) => month <= monthOf(), 'Must not be in the future'),
});
