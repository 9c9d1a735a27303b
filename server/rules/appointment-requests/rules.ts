import { addDaysToIsoDay } from '../../dates.ts';

/** How far ahead a customer may ask for an appointment. */
export const MAX_DAYS_AHEAD = 180;

/**
 * Why a preferred day is refused, under `preferredDate` (empty when it is fine): a day after the
 * center's today (it is the center's calendar that books it), at most MAX_DAYS_AHEAD days ahead.
 */
export function preferredDayErrors(preferredDate: string, centerToday: string): Record<string, string> {
  if (preferredDate <= centerToday) return { preferredDate: `A day after today (${centerToday})` };
  const last = addDaysToIsoDay(centerToday, MAX_DAYS_AHEAD);
  if (preferredDate > last) return { preferredDate: `At most ${MAX_DAYS_AHEAD} days ahead (${last})` };
  return {};
}
