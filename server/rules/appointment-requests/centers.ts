import type { Db } from '../../db/database.ts';
import type { OpeningHours } from '../availability/hours.ts';
import { timeZoneOf } from '../availability/time-zones.ts';

/** What a customer choosing where to ask for an appointment sees of a live center: where it is, how to reach it, when it is open. */
export interface PublicCenter {
  id: number;
  name: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string | null;
  /** A note on the hours ("Sat by appointment"). */
  hours: string | null;
  /** Weekly hours in the center's local time; null when none are given. */
  openingHours: OpeningHours | null;
  /** The IANA zone of its wall clock. */
  timeZone: string;
}

/** The live centers, by state, city and name: public facts only (no prices, ratings, insurance, contacts or notes). */
export async function liveCenters(db: Db): Promise<PublicCenter[]> {
  const rows = await db
    .selectFrom('serviceCenters')
    .select(['id', 'name', 'street', 'city', 'state', 'postalCode', 'phone', 'hours', 'openingHours'])
    .where('onboardingStatus', '=', 'live')
    .orderBy('state')
    .orderBy('city')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, openingHours: row.openingHours === null ? null : (JSON.parse(row.openingHours) as OpeningHours), timeZone: timeZoneOf(row.state) }));
}
