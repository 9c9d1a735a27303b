import type { LocatedCenter } from '../../../../server/rules/locator/nearest.ts';

export type { LocatedCenter };

/** The answer of GET /api/locator. */
export interface LocatorAnswer {
  origin: { zip?: string; latitude: number; longitude: number };
  centers: LocatedCenter[];
}

/** What the customer searched from: a ZIP code, or where their phone is. */
export type LocatorSearch = { zip: string } | { lat: number; lng: number };
