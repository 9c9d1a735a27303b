// The scoring policy: every threshold of audit scoring in one versioned object.
// A stored audit names the policy version it was scored with; policies are never edited, a change is a
// new version added to the registry (the old one stays so old audits can be re-scored identically).
import type { BandDefinition, ItemSeverity, Severity } from './types.ts';
import { SEVERITIES } from './types.ts';
import { deepFreeze } from './util.ts';

export interface EscalationRule {
  id: string;
  /** Stated in the finding when the rule fires. */
  description: string;
  from: Severity;
  to: Severity;
  /** How many of the center's most recent earlier audits are looked at. */
  lookbackAudits: number;
  /** How many of those must have a finding on the same requirement. */
  minPriorAudits: number;
  /** Which earlier severities count as "already had one" (compared with the earlier base severity). */
  priorSeverities: readonly Severity[];
}

export interface ScoringPolicy {
  version: string;
  /** Decimals of section and overall percents; bands are decided on the rounded percent. */
  percentDecimals: number;
  /** Highest band first; the last band must start at 0. */
  bands: readonly BandDefinition[];
  criticalFailure: {
    /** The overall (and the section's) percent is at most this when a critical item fails. */
    capPercent: number;
  };
  /** Days from the audit date to the corrective action's due date; null = no deadline. */
  correctiveActionDays: Readonly<Record<Severity, number | null>>;
  /** Severities whose corrective action closes only with evidence. */
  evidenceRequired: readonly Severity[];
  /** Severity of a failed non-critical item that names none. */
  defaultFailSeverity: ItemSeverity;
  /** Partial answers (0 < score < 1): below this fraction a minor, otherwise an observation (never above the item's own severity). */
  partialMinorBelow: number;
  /** A critical item answered only partially (e.g. a choice worth 0.5): this severity, and no section failure. */
  criticalPartialSeverity: ItemSeverity;
  escalationRules: readonly EscalationRule[];
  /** Relative slack for measurement bounds so that exactly ±10 % passes despite binary fractions. */
  measurementEpsilon: number;
}

export const SCORING_POLICY_2026_1: ScoringPolicy = deepFreeze({
  version: '2026.1',
  percentDecimals: 2,
  bands: [
    { key: 'excellent', label: 'Excellent', minPercent: 96, nextAuditMonths: 12, reauditRequired: false },
    { key: 'good', label: 'Good', minPercent: 86, nextAuditMonths: 12, reauditRequired: false },
    { key: 'complies', label: 'Complies — more frequent audits', minPercent: 70, nextAuditMonths: 6, reauditRequired: false },
    { key: 'fails', label: 'Fails — re-audit required', minPercent: 0, nextAuditMonths: 1, reauditRequired: true },
  ],
  criticalFailure: { capPercent: 69 },
  correctiveActionDays: { critical: 7, major: 14, minor: 30, observation: null },
  evidenceRequired: ['critical', 'major'],
  defaultFailSeverity: 'major',
  partialMinorBelow: 0.5,
  criticalPartialSeverity: 'major',
  escalationRules: [
    {
      id: 'repeat-minor',
      description: 'a minor on a requirement that already had a finding (minor or worse) in one of the previous 2 audits becomes major',
      from: 'minor',
      to: 'major',
      lookbackAudits: 2,
      minPriorAudits: 1,
      priorSeverities: ['critical', 'major', 'minor'],
    },
  ],
  measurementEpsilon: 1e-9,
});

/** The policy used for new audits. */
export const SCORING_POLICY: ScoringPolicy = SCORING_POLICY_2026_1;

/** Every policy ever used, by version. Add new versions; never change or remove one. */
export const SCORING_POLICIES: Readonly<Record<string, ScoringPolicy>> = deepFreeze({
  [SCORING_POLICY_2026_1.version]: SCORING_POLICY_2026_1,
});

export function scoringPolicy(version: string): ScoringPolicy {
  const policy = Object.hasOwn(SCORING_POLICIES, version) ? SCORING_POLICIES[version] : undefined;
  if (!policy) throw new RangeError(`unknown scoring policy version: ${version}`);
  return policy;
}

/** Consistency checks of a policy (the registry's entries are tested with it). Empty when valid. */
export function checkPolicy(policy: ScoringPolicy): string[] {
  const errors: string[] = [];
  const bands = policy.bands;
  if (bands.length === 0) errors.push('no bands');
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i].minPercent < bands[i - 1].minPercent)) errors.push(`band ${bands[i].key} must start below ${bands[i - 1].key}`);
  }
  if (bands.length && bands[bands.length - 1].minPercent !== 0) errors.push('the last band must start at 0');
  for (const b of bands) if (!(b.nextAuditMonths > 0)) errors.push(`band ${b.key}: nextAuditMonths must be > 0`);
  const failing = bands.find((b) => b.reauditRequired);
  const lowestPassing = [...bands].reverse().find((b) => !b.reauditRequired);
  if (lowestPassing && !(policy.criticalFailure.capPercent < lowestPassing.minPercent)) {
    errors.push('the critical cap must lie below the lowest passing band');
  }
  if (!failing) errors.push('no band requires a re-audit');
  for (const s of SEVERITIES) {
    const d = policy.correctiveActionDays[s];
    if (d !== null && !(Number.isInteger(d) && d > 0)) errors.push(`correctiveActionDays.${s} must be a positive integer or null`);
  }
  if (!(policy.partialMinorBelow > 0 && policy.partialMinorBelow <= 1)) errors.push('partialMinorBelow must be in (0, 1]');
  for (const r of policy.escalationRules) {
    if (!(r.lookbackAudits >= 1 && r.minPriorAudits >= 1 && r.minPriorAudits <= r.lookbackAudits)) {
      errors.push(`escalation ${r.id}: need 1 ≤ minPriorAudits ≤ lookbackAudits`);
    }
  }
  return errors;
}
