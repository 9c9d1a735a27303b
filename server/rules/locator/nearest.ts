import type { Db } from '../../db/database.ts';
import type { OpeningHours } from '../availability/hours.ts';
import { distanceMiles, type Position } from './distance.ts';

/** What the public locator shows of a center: where it is and how to reach it, nothing of the agreement. */
const PUBLIC_CENTER_COLUMNS = ['id', 'name', 'street', 'city', 'state', 'postalCode', 'phone', 'hours', 'openingHours', 'latitude', 'longitude'] as const;

export interface LocatedCenter {
  id: number;
  name: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string | null;
  /** The free-text note on the hours. */
  hours: string | null;
  openingHours: OpeningHours | null;
  latitude: number;
  longitude: number;
  /** Miles from the origin, to one decimal. */
  distanceMiles: number;
}

/**
 * The live centers nearest to `origin`, nearest first (ties by id), at most `limit`, within
 * `radius` miles when given. Reads every live center's position: the network is hundreds of rows.
 */
export async function nearestCenters(db: Db, origin: Position, { limit, radius }: { limit: number; radius?: number }): Promise<LocatedCenter[]> {
  const rows = await db
    .selectFrom('serviceCenters')
    .select(PUBLIC_CENTER_COLUMNS)
    .where('onboardingStatus', '=', 'live')
    .where('latitude', 'is not', null)
    .where('longitude', 'is not', null)
    .execute();
  return rows
    .map((row) => {
      const position = { latitude: row.latitude!, longitude: row.longitude! };
      return {
        ...row,
        ...position,
        openingHours: row.openingHours === null ? null : (JSON.parse(row.openingHours) as OpeningHours),
        distanceMiles: distanceMiles(origin, position),
      };
    })
    .filter((center) => radius === undefined || center.distanceMiles <= radius)
    .sort((a, b) => a.distanceMiles - b.distanceMiles || a.id - b.id)
    .slice(0, limit)
    .map((center) => ({ ...center, distanceMiles: Math.round(center.distanceMiles * 10) / 10 }));
}
