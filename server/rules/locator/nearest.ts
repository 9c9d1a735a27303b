import type { Db } from '../../db/database.ts';
import { PUBLIC_CENTER_FACTS, openingHoursOf, type PublicCenterWithHours } from './public-center.ts';
import { distanceMiles, type Position } from './distance.ts';

/** A live center as the locator answers it: its public facts, position and distance. */
export interface LocatedCenter extends PublicCenterWithHours {
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
    .select(['id', ...PUBLIC_CENTER_FACTS, 'openingHours', 'latitude', 'longitude'])
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
        openingHours: openingHoursOf(row.openingHours),
        distanceMiles: distanceMiles(origin, position),
      };
    })
    .filter((center) => radius === undefined || center.distanceMiles <= radius)
    .sort((a, b) => a.distanceMiles - b.distanceMiles || a.id - b.id)
    .slice(0, limit)
    .map((center) => ({ ...center, distanceMiles: Math.round(center.distanceMiles * 10) / 10 }));
}
