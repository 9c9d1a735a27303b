import { WEEKDAY_NAMES, minutesOf, type OpeningHours, type Weekday } from './hours.ts';

/** A day a center is closed on top of its weekly hours (holidays, repairs), both days included. */
export interface Closure {
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface Availability {
  /** The center's IANA time zone: its hours and closures are in its local time. */
  timeZone: string;
  /** Null: no structured hours, nothing refused on hours. */
  openingHours: OpeningHours | null;
  closures: readonly Closure[];
}

/** An instant as a center's wall clock shows it: its local day, weekday and minutes after midnight. */
export interface LocalTime {
  day: string;
  weekday: Weekday;
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(formatIn(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday.toLowerCase() as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** How a closure reads in a refusal: its dates and its reason. */
const describeClosure = ({ startsOn, endsOn, reason }: Closure) =>
  startsOn === endsOn ? `Closed on ${startsOn}: ${reason}` : `Closed from ${startsOn} to ${endsOn}: ${reason}`;

/** How a weekday's hours read: "Closed on Sundays", "Open 08:00–12:00 and 13:00–17:00 on Mondays". */
function describeDay(hours: OpeningHours, weekday: Weekday): string {
  const slots = hours[weekday];
  if (!slots.length) return `Closed on ${WEEKDAY_NAMES[weekday]}`;
  return `Open ${slots.map((slot) => `${slot.opens}–${slot.closes}`).join(' and ')} on ${WEEKDAY_NAMES[weekday]}`;
}

/** The closure covering a local day, if any. */
const closureOn = (closures: readonly Closure[], day: string) => closures.find((closure) => closure.startsOn <= day && day <= closure.endsOn);

/**
 * Why a center is closed at this instant (a closure naming its dates and reason, or its hours of
 * that weekday), or null when it is open; the appointment's start is what must fall in the hours.
 */
export function closedReason(at: Date, center: Availability): string | null {
  const local = localTime(at, center.timeZone);
  const closure = closureOn(center.closures, local.day);
  if (closure) return describeClosure(closure);
  if (!center.openingHours) return null;
  const open = center.openingHours[local.weekday].some((slot) => minutesOf(slot.opens) <= local.minutes && local.minutes < minutesOf(slot.closes));
  return open ? null : describeDay(center.openingHours, local.weekday);
}
