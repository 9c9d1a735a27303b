/**
 * A calibration's readings, as the audit checklist knows them (audits/templates/shared-items.ts):
 * the reference standard's value (its legal window 0.030–0.050 g/210L), the device's reading
 * before (as found) and after (as left) the calibration, the latter within ±10 % of the standard,
 * and a reference within its certificate of analysis.
 */

export const READING_FIELDS = ['referenceStandard', 'asFoundReading', 'asLeftReading', 'referenceWithinCertificate'] as const;
export type Readings = Partial<Record<(typeof READING_FIELDS)[number], number | boolean | null>>;

/** The calibration standard's legal window, g/210L. */
export const STANDARD_RANGE = { min: 0.03, max: 0.05 } as const;
/** What a breath-alcohol device may read, g/210L. */
export const READING_RANGE = { min: 0, max: 0.5 } as const;
/** How far the as-left reading may be from the standard. */
export const ACCURACY_TOLERANCE_PERCENT = 10;

/** Is this reading within ±10 % of the standard (the bounds included)? */
export function withinTolerance(reading: number, standard: number): boolean {
  return Math.abs(reading - standard) <= (standard * ACCURACY_TOLERANCE_PERCENT) / 100 + 1e-12;
}

/**
 * Why a work order's readings are refused, field by field (empty when they are fine): only a
 * calibration has readings; a calibration recorded done has all of them; the reference is within
 * its certificate; the as-left reading within tolerance of the standard.
 */
export function readingsErrors(type: string, recordedDone: boolean, readings: Readings): Record<string, string> {
  const errors: Record<string, string> = {};
  if (type !== 'calibration') {
    for (const field of READING_FIELDS) if (readings[field] != null) errors[field] = 'Only a calibration records readings';
    return errors;
  }
  if (recordedDone) for (const field of READING_FIELDS) if (readings[field] == null) errors[field] = 'Required for a calibration';
  if (readings.referenceWithinCertificate === false) errors.referenceWithinCertificate = 'Calibrate only with a reference within its certificate of analysis';
  const { referenceStandard: standard, asLeftReading: asLeft } = readings;
  if (typeof standard === 'number' && typeof asLeft === 'number' && !withinTolerance(asLeft, standard)) {
    errors.asLeftReading = `Not within ±${ACCURACY_TOLERANCE_PERCENT} % of the standard (${standard}): the device is not calibrated`;
  }
  return errors;
}
