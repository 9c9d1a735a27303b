import { localTime } from './rules.ts';

const MINUTE_MS = 60_000;

/** Milliseconds of a wall-clock day and minute read as if it were UTC. */
const asUtc = (day: string, minutes: number) => Date.parse(`${day}T00:00:00.000Z`) + minutes * MINUTE_MS;

/**
 * The instant a center's wall clock shows this day (YYYY-MM-DD) and time (HH:MM) in its time
 * zone: the UTC reading corrected by the zone's offset at that instant (twice, for the days the
 * clocks change). A time the clocks skip (spring forward) does not exist: it lands an hour off.
 */
export function instantAt(day: string, time: string, timeZone: string): Date {
  const wanted = asUtc(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
  let at = wanted;
  for (let i = 0; i < 2; i++) {
    const shown = localTime(new Date(at), timeZone);
    at += wanted - asUtc(shown.day, shown.minutes);
  }
  return new Date(at);
}
