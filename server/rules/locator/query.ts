import { z } from 'zod';
import { wholeNumber } from '../../rest/schemas.ts';
import { badRequest } from '../../rest/errors.ts';
import type { Position } from './distance.ts';
import { zipPosition } from './zip-positions.ts';

/** The most centers one answer lists (the locator is public: an answer stays small). */
const MAX_LIMIT = 20;
export const DEFAULT_LIMIT = 5;
/** The widest search radius in miles (coast to coast is under 2,900). */
const MAX_RADIUS_MILES = 3000;

export const UNKNOWN_ZIP = 'Not a known US ZIP code';

/** Decimal degrees from `min` to `max`, given as a query string. */
const degrees = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(?:\.\d{1,12})?$/, `Decimal degrees from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `Decimal degrees from ${min} to ${max}`);

/** `?zip=98101`, or `?lat=47.61&lng=-122.33`; `limit` (1–20, default 5) and `radius` (miles) optional. */
export const locatorQuery = z
  .strictObject({
    zip: z.string().regex(/^\d{5}$/, 'A five-digit ZIP code').optional(),
    lat: degrees(-90, 90).optional(),
    lng: degrees(-180, 180).optional(),
    limit: wholeNumber(1, MAX_LIMIT).optional(),
    radius: wholeNumber(1, MAX_RADIUS_MILES).optional(),
  })
  .superRefine((query, ctx) => {
    const position = query.lat !== undefined || query.lng !== undefined;
    if (query.zip !== undefined && position) ctx.addIssue({ code: 'custom', path: ['zip'], message: 'A ZIP code or a position (lat, lng), not both' });
    else if (!position && query.zip === undefined) ctx.addIssue({ code: 'custom', path: ['zip'], message: 'A ZIP code, or lat and lng' });
    else if (position && query.lat === undefined) ctx.addIssue({ code: 'custom', path: ['lat'], message: 'Required with lng' });
    else if (position && query.lng === undefined) ctx.addIssue({ code: 'custom', path: ['lng'], message: 'Required with lat' });
  });
export type LocatorQuery = z.infer<typeof locatorQuery>;

/** Where the search starts: the ZIP code's centroid (an unknown ZIP code is a 400 under `zip`), or the position given. */
export function originOf(query: LocatorQuery): Position & { zip?: string } {
  if (query.zip === undefined) return { latitude: query.lat!, longitude: query.lng! };
  const position = zipPosition(query.zip);
  if (!position) throw badRequest('Unknown ZIP code', { zip: UNKNOWN_ZIP });
  return { zip: query.zip, ...position };
}
