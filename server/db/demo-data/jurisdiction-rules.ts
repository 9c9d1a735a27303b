/**
 * The per-state rules of DOMAIN.md's table, as jurisdiction rows. Example values from public rules,
 * to be confirmed by the administrator (rulesConfirmed: false) — not legal advice.
 */
export interface JurisdictionSeed {
  code: string;
  name: string;
  calibrationIntervalDays: number | null;
  graceDaysBeforeLockout: number | null;
  unlockCodesAllowed: boolean;
  unlockCodeLimits: string | null;
  /** Hours an issued unlock code stays valid (null where codes are not allowed). */
  unlockCodeValidHours: number | null;
  /** Codes per device and UTC day; null: no daily limit. */
  unlockCodesPerDay: number | null;
  /** Codes per customer over the whole program; null: no program limit. */
  unlockCodesPerProgram: number | null;
  stateInspectionRequired: boolean;
  cameraRequired: boolean;
  backgroundCheckRequired: boolean;
  recordRetentionYears: number | null;
  reportingDeadlines: string | null;
  /** State-specific remarks, appended to the disclaimer. */
  remarks: string;
}

export const DISCLAIMER =
  'Example values from public rules; to be confirmed by the administrator — not legal advice.';

/** Typical grace after a missed calibration where the table gives none (DOMAIN.md: 5–7 days). */
const TYPICAL_GRACE = 5;

export const JURISDICTION_SEEDS: JurisdictionSeed[] = [
  {
    code: 'WA',
    name: 'Washington',
    calibrationIntervalDays: 65,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: true,
    unlockCodeLimits:
      'Provider may authorise an override lasting up to 4 h, activated within 20 h; not for technicians, temporary lockouts or out of state (WAC 204-50-092). Modelled as a code valid 20 h, at most one per device per day.',
    unlockCodeValidHours: 20,
    unlockCodesPerDay: 1,
    unlockCodesPerProgram: null,
    stateInspectionRequired: true,
    cameraRequired: true,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: 'Repair within 48 h; service within 75 miles; 24/7 line with 30-min callback (WAC 204-50-120).',
    remarks: 'Device check within 65 days (WAC 204-50-080). The State Patrol certifies and inspects service centers. The camera is a serial-numbered component.',
  },
  {
    code: 'TX',
    name: 'Texas',
    calibrationIntervalDays: null,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: true,
    cameraRequired: false,
    backgroundCheckRequired: true,
    recordRetentionYears: 5,
    reportingDeadlines: 'Tampering reported within 48 h (37 TAC 10.12).',
    remarks: 'Service interval set by the courts. DPS certifies vendors and audits facilities; technicians need a background check. Records kept 5 years.',
  },
  {
    code: 'AZ',
    name: 'Arizona',
    calibrationIntervalDays: 30,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: 'Temporary and permanent lockouts defined.',
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: true,
    cameraRequired: true,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: 'Records within 24 h; violation evidence within 10 days.',
    remarks: 'Every 30 days for the first 3 months, then as set. ADOT on-site inspections (R17-5-613); a center in every county. Camera and GPS, data sent daily (R17-5-603).',
  },
  {
    code: 'CA',
    name: 'California',
    calibrationIntervalDays: 60,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: true,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: 'Removal, tampering and 3 or more missed services reported.',
    remarks: 'Service at least every 60 days (Veh. Code 23573). The DMV may inspect files and locations.',
  },
  {
    code: 'VA',
    name: 'Virginia',
    calibrationIntervalDays: 30,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: true,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: null,
    remarks: 'Service every 30 days (24VAC35-60-90). Technicians pass a state test. Camera required.',
  },
  {
    code: 'CO',
    name: 'Colorado',
    calibrationIntervalDays: 60,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: null,
    remarks: 'Service every 60 days.',
  },
  {
    code: 'IA',
    name: 'Iowa',
    calibrationIntervalDays: 60,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: 5,
    reportingDeadlines: 'Violation notice within 7 business days.',
    remarks: 'Service every 60 days. Records kept 5 years.',
  },
  {
    code: 'WY',
    name: 'Wyoming',
    calibrationIntervalDays: 30,
    graceDaysBeforeLockout: 5,
    unlockCodesAllowed: false,
    unlockCodeLimits: '5-day warning period before lockout.',
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: 'Within 5 business days.',
    remarks: 'Service every 30 days, then every 60 days.',
  },
  {
    code: 'IL',
    name: 'Illinois',
    calibrationIntervalDays: null,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: false,
    unlockCodeLimits: null,
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: true,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: null,
    remarks: 'Providers requalify yearly. Camera required.',
  },
  {
    code: 'FL',
    name: 'Florida',
    calibrationIntervalDays: 30,
    graceDaysBeforeLockout: TYPICAL_GRACE,
    unlockCodesAllowed: true,
    unlockCodeLimits: 'One-time emergency bypass authorised by the provider. Modelled as one code per customer for the whole program, valid 24 h.',
    unlockCodeValidHours: 24,
    unlockCodesPerDay: 1,
    unlockCodesPerProgram: 1,
    stateInspectionRequired: true,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: 'Violations and bypasses reported electronically.',
    remarks: 'Monthly service. The state audits service providers.',
  },
  {
    code: 'MN',
    name: 'Minnesota',
    calibrationIntervalDays: null,
    graceDaysBeforeLockout: 7,
    unlockCodesAllowed: false,
    unlockCodeLimits: '7-day grace before service lock.',
    unlockCodeValidHours: null,
    unlockCodesPerDay: null,
    unlockCodesPerProgram: null,
    stateInspectionRequired: false,
    cameraRequired: false,
    backgroundCheckRequired: false,
    recordRetentionYears: null,
    reportingDeadlines: null,
    remarks: '7-day grace before service lock.',
  },
];

/** The interval the generator uses where the state sets none (courts or the provider decide). */
export const DEFAULT_CALIBRATION_INTERVAL_DAYS = 60;
