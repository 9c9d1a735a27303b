import type { Db } from '../../db/database.ts';
import { PUBLIC_CENTER_FACTS, openingHoursOf, type PublicCenterWithHours } from '../locator/public-center.ts';
import { timeZoneOf } from '../availability/time-zones.ts';

/** What a customer choosing where to ask for an appointment sees of a live center: its public facts and the zone of its wall clock. */
export interface PublicCenter extends PublicCenterWithHours {
  /** The IANA zone of its wall clock. */
  timeZone: string;
}

/** The live centers, by state, city and name: public facts only (no prices, ratings, insurance, contacts or notes). */
export async function liveCenters(db: Db): Promise<PublicCenter[]> {
  const rows = await db
    .selectFrom('serviceCenters')
    .select(['id', ...PUBLIC_CENTER_FACTS, 'openingHours'])
    .where('onboardingStatus', '=', 'live')
    .orderBy('state')
    .orderBy('city')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, openingHours: openingHoursOf(row.openingHours), timeZone: timeZoneOf(row.state) }));
}
