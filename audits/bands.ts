// Result bands and the next audit date that follows from a band.
import type { BandDefinition, IsoDate } from './types.ts';
import type { ScoringPolicy } from './policy.ts';
import { SCORING_POLICY } from './policy.ts';
import { addMonths } from './dates.ts';
import { round } from './util.ts';

/** The band of a percent (rounded per policy first, so 95.99 is "good" and 96 "excellent"). */
export function bandFor(percent: number, policy: ScoringPolicy = SCORING_POLICY): BandDefinition {
  if (!Number.isFinite(percent)) throw new RangeError(`not a percent: ${percent}`);
  const p = round(percent, policy.percentDecimals);
  return policy.bands.find((b) => p >= b.minPercent) ?? policy.bands[policy.bands.length - 1];
}

/** Audit date + the band's months (clamped to the month's end). */
export function nextAuditDue(auditDate: IsoDate, band: BandDefinition): IsoDate {
  return addMonths(auditDate, band.nextAuditMonths);
}
