import type { Transaction } from '../../db/database.ts';
import { PUBLIC_CENTER_FACTS, type PublicCenterFacts } from '../locator/public-center.ts';
import { timeZoneOf } from '../availability/time-zones.ts';

/** What a customer's e-mail says of a center: where it is and how to reach it. */
export type VisitCenter = Omit<PublicCenterFacts, 'hours'>;

export const visitCenter = (trx: Transaction, serviceCenterId: number): Promise<VisitCenter> =>
  trx.selectFrom('serviceCenters').select(PUBLIC_CENTER_FACTS).where('id', '=', serviceCenterId).executeTakeFirstOrThrow();

/** An instant as the center's wall clock shows it, in words: "Tuesday, March 3, 2026 at 9:00 AM CST". */
export function wallClockText(at: string, state: string): string {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: timeZoneOf(state), dateStyle: 'full', timeStyle: 'short' });
  return `${format.format(new Date(at))} ${zoneName(at, state)}`;
}

const zoneName = (at: string, state: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone: timeZoneOf(state), timeZoneName: 'short' }).formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? '';

/** The lines of a customer's e-mail saying when and where their appointment is. */
export const whenAndWhere = (at: string, center: VisitCenter): string[] => [
  `When: ${wallClockText(at, center.state)}`,
  `Where: ${center.name}, ${center.street}, ${center.city}, ${center.state} ${center.postalCode}`,
  ...(center.phone ? [`Phone: ${center.phone}`] : []),
];
