// Service-rating methodologies, versioned. A stored rating names the version that produced it;
// `recomputeRating(inputs, version)` looks the version up here, so every version ever used must stay
// in the registry unchanged. A change of weights or thresholds is a new version.
import type { IsoDate } from './types.ts';
import { deepFreeze } from './util.ts';

export const RATING_COMPONENTS = ['baseline', 'audits', 'correctiveActions', 'workOrders', 'appointments', 'walkIns', 'complaints'] as const;
export type RatingComponentKey = (typeof RATING_COMPONENTS)[number];

export interface RatingMethodology {
  version: string;
  /** The computation the parameters feed; lets a later formula coexist with this one. */
  formula: 'weighted-components/1';
  effectiveFrom: IsoDate;
  description: string;
  /** Nominal weight of each component, summing to 1. Missing components' weight goes to the known ones. */
  weights: Readonly<Record<RatingComponentKey, number>>;
  labels: Readonly<Record<RatingComponentKey, string>>;
  /** An annual audit's weight halves every this many days of age. */
  halfLifeDays: number;
  correctiveActions: {
    /** Points off 100 per open corrective action that is not overdue. */
    openPenalty: number;
    /** Points off 100 per overdue corrective action. */
    overduePenalty: number;
  };
  operations: {
    /** Fewer services than this in a signal's denominator: the signal counts as missing. */
    minSample: number;
    /** Complaints per 100 services at which the complaint signal reaches 0 (linear from 100 at none). */
    complaintsPer100AtZero: number;
    /**
     * Whether the compliance-exception count must be given: when it is and the count is absent,
     * the work-orders signal is missing (not 100). 2026.1 took an absent count as none.
     */
    exceptionsRequired: boolean;
  };
  scoreDecimals: number;
  stars: { min: number; max: number; decimals: number };
  /** Highest first; the last must start at 0. */
  grades: readonly { grade: string; minScore: number }[];
}

export const RATING_METHODOLOGY_2026_1: RatingMethodology = deepFreeze({
  version: '2026.1',
  formula: 'weighted-components/1',
  effectiveFrom: '2026-01-01',
  description:
    'Weighted mean of the initial assessment, the recency-weighted annual audits, corrective actions and four operational signals (0–100 each).',
  weights: {
    baseline: 0.15,
    audits: 0.4,
    correctiveActions: 0.15,
    workOrders: 0.1,
    appointments: 0.08,
    walkIns: 0.05,
    complaints: 0.07,
  },
  labels: {
    baseline: 'Initial location assessment',
    audits: 'Annual quality audits (recent ones weigh more)',
    correctiveActions: 'Open and overdue corrective actions',
    workOrders: 'Work orders completed without a compliance exception',
    appointments: 'Appointments kept',
    walkIns: 'Walk-in services under 5 minutes',
    complaints: 'Complaints per 100 services',
  },
  halfLifeDays: 365,
  correctiveActions: { openPenalty: 4, overduePenalty: 15 },
  operations: { minSample: 10, complaintsPer100AtZero: 5, exceptionsRequired: false },
  scoreDecimals: 2,
  stars: { min: 1, max: 5, decimals: 1 },
  grades: [
    { grade: 'A', minScore: 90 },
    { grade: 'B', minScore: 80 },
    { grade: 'C', minScore: 70 },
    { grade: 'D', minScore: 60 },
    { grade: 'F', minScore: 0 },
  ],
});

/**
 * 2026.2: the same weights and thresholds, with every input fed: the server counts the centers'
 * compliance exceptions (refused unauthorised removals, completions recorded late, late reports)
 * and complaints (client portal and compliance), and an absent exception count now makes the
 * work-orders signal missing instead of a perfect 100 (under 2026.1 it was never counted, so 100
 * everywhere).
 */
export const RATING_METHODOLOGY_2026_2: RatingMethodology = deepFreeze({
  ...RATING_METHODOLOGY_2026_1,
  version: '2026.2',
  effectiveFrom: '2026-12-07',
  description:
    'Weighted mean of the initial assessment, the recency-weighted annual audits, corrective actions and four operational signals (0–100 each), the work orders counted against their compliance exceptions.',
  operations: { ...RATING_METHODOLOGY_2026_1.operations, exceptionsRequired: true },
});

/** The methodology for new ratings. */
export const RATING_METHODOLOGY: RatingMethodology = RATING_METHODOLOGY_2026_2;

/** Every methodology ever used, by version. Add new versions; never change or remove one. */
export const RATING_METHODOLOGIES: Readonly<Record<string, RatingMethodology>> = deepFreeze({
  [RATING_METHODOLOGY_2026_1.version]: RATING_METHODOLOGY_2026_1,
  [RATING_METHODOLOGY_2026_2.version]: RATING_METHODOLOGY_2026_2,
});

export class UnknownMethodologyError extends RangeError {
  constructor(readonly version: string) {
    super(`unknown rating methodology version: ${version}`);
    this.name = 'UnknownMethodologyError';
  }
}

export function getMethodology(version: string): RatingMethodology {
  const m = Object.hasOwn(RATING_METHODOLOGIES, version) ? RATING_METHODOLOGIES[version] : undefined;
  if (!m) throw new UnknownMethodologyError(version);
  return m;
}

/** Consistency checks of a methodology (the registry's entries are tested with it). Empty when valid. */
export function checkMethodology(m: RatingMethodology): string[] {
  const errors: string[] = [];
  let sum = 0;
  for (const key of RATING_COMPONENTS) {
    const w = m.weights[key];
    if (!(w > 0)) errors.push(`weight of ${key} must be > 0`);
    sum += w;
    if (!m.labels[key]) errors.push(`label of ${key} missing`);
  }
  if (Math.abs(sum - 1) > 1e-9) errors.push(`weights sum to ${sum}, not 1`);
  if (!(m.halfLifeDays > 0)) errors.push('halfLifeDays must be > 0');
  if (!(m.operations.minSample >= 1)) errors.push('operations.minSample must be ≥ 1');
  if (!(m.operations.complaintsPer100AtZero > 0)) errors.push('operations.complaintsPer100AtZero must be > 0');
  if (!(m.correctiveActions.openPenalty >= 0 && m.correctiveActions.overduePenalty >= m.correctiveActions.openPenalty)) {
    errors.push('penalties: 0 ≤ openPenalty ≤ overduePenalty');
  }
  if (!(m.stars.max > m.stars.min)) errors.push('stars: max must exceed min');
  for (let i = 1; i < m.grades.length; i++) {
    if (!(m.grades[i].minScore < m.grades[i - 1].minScore)) errors.push(`grade ${m.grades[i].grade} must start below ${m.grades[i - 1].grade}`);
  }
  if (m.grades.at(-1)?.minScore !== 0) errors.push('the last grade must start at 0');
  return errors;
}
