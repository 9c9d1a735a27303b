/** A point on the Earth in decimal degrees (WGS 84, as the ZIP centroids give them). */
export interface Position {
  latitude: number;
  longitude: number;
}

/** The Earth's mean radius in statute miles (IUGG). */
export const EARTH_RADIUS_MILES = 3958.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points in miles (haversine formula; within 0.5 % of the ellipsoid). */
export function distanceMiles(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
