// Types shared by the audit engine: templates (data), answers (JSON from the form) and results.
// Everything here is plain JSON-compatible data so the server can store it and the SPA can send it.

/** A calendar date, `YYYY-MM-DD` (a full ISO-8601 timestamp is accepted; its date part is used). */
export type IsoDate = string;

export type TemplateKind = 'initial' | 'annual';

/** Finding severities, most severe first. */
export const SEVERITIES = ['critical', 'major', 'minor', 'observation'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The severity a non-critical item can be given for its failure. */
export type ItemSeverity = Exclude<Severity, 'critical'>;

interface ItemBase {
  /** Unique within the template; answers are keyed by it. */
  key: string;
  /** Stable requirement key shared across templates and versions (repeat findings escalate per requirement). */
  requirement: string;
  /** The question the auditor answers. */
  text: string;
  /** How to check it (shown to the auditor). */
  guidance?: string;
  /** Points the item is worth; > 0. */
  weight: number;
  /** A failure fails the item's section and caps the overall result. */
  critical?: boolean;
  /** Severity of the finding when a non-critical item fails (policy default otherwise). */
  severity?: ItemSeverity;
  /** May be answered "not applicable" (excluded from the possible points). */
  allowNotApplicable?: boolean;
  /** What the center must do when the item fails; becomes the corrective action of the finding. */
  correctiveAction: string;
}

/** Yes = 1, no = 0. */
export interface YesNoItem extends ItemBase {
  kind: 'yesNo';
}

/** A value within ±tolerance of a reference (fixed here, or entered with the answer). */
export interface ToleranceCheck {
  type: 'tolerance';
  /** Fixed reference; omitted when the auditor enters the reference with the answer (e.g. the standard's value). */
  reference?: number;
  /** Allowed deviation in percent of the reference (e.g. 10 for ±10 %). */
  tolerancePercent?: number;
  /** Allowed absolute deviation (e.g. 0.2 for ±0.2 °C). */
  toleranceAbsolute?: number;
  /** Where the reference itself must lie (e.g. a calibration standard 0.030–0.050); outside it the item fails. */
  referenceRange?: { min: number; max: number };
}

/** A value within [min, max] (either bound may be omitted). */
export interface RangeCheck {
  type: 'range';
  min?: number;
  max?: number;
}

/** Pass (1) when the measured value satisfies the check, else fail (0). Bounds are inclusive. */
export interface MeasurementItem extends ItemBase {
  kind: 'measurement';
  unit: string;
  check: ToleranceCheck | RangeCheck;
}

/** A whole number with a minimum: pass at or above it; below it 0, or value ÷ minimum when proportional. */
export interface CountItem extends ItemBase {
  kind: 'count';
  minimum: number;
  unit?: string;
  proportional?: boolean;
}

export interface ChoiceOption {
  key: string;
  label: string;
  /** Fraction of the item's weight this answer earns, 0..1. */
  score: number;
  /** Severity of the finding this answer raises when score < 1 (otherwise the policy's partial rule). */
  severity?: ItemSeverity;
}

/** One option among several, each worth a fraction of the weight. */
export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  options: ChoiceOption[];
}

export type TemplateItem = YesNoItem | MeasurementItem | CountItem | ChoiceItem;
export type ItemKind = TemplateItem['kind'];

export interface TemplateSection {
  key: string;
  title: string;
  items: TemplateItem[];
}

/** A versioned checklist. Immutable once an audit used it: a change is a new version (a new record). */
export interface AuditTemplate {
  key: string;
  version: number;
  kind: TemplateKind;
  title: string;
  description?: string;
  sections: TemplateSection[];
}

/**
 * An answer as the form sends it.
 * - yes/no: `{ value: 'yes' | 'no' }`
 * - measurement: `{ value: 0.041, reference?: 0.040 }` (reference when the template has none)
 * - count: `{ value: 3 }`
 * - choice: `{ value: '<option key>' }`
 * - any kind that allows it: `{ na: true }`
 */
export interface Answer {
  value?: string | number;
  reference?: number;
  na?: boolean;
  note?: string;
}
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

export type ItemStatus = 'pass' | 'partial' | 'fail' | 'na' | 'missing' | 'invalid';

export interface MissingAnswer {
  itemKey: string;
  sectionKey: string;
  reason: 'unanswered' | 'invalid';
  message: string;
}

export interface ItemResult {
  itemKey: string;
  sectionKey: string;
  requirement: string;
  kind: ItemKind;
  critical: boolean;
  status: ItemStatus;
  /** Fraction earned 0..1; null for N/A, missing or invalid. */
  score: number | null;
  weight: number;
  /** Points counted in the possible total (0 for N/A, missing, invalid). */
  possible: number;
  achieved: number;
  /** Human-readable reason, e.g. "0.0441 vs 0.04: +10.25 % (allowed ±10 %)". */
  detail: string;
  /** Severity named by the chosen choice option, else null. */
  optionSeverity: ItemSeverity | null;
  /** The auditor's note on the answer, else null. */
  note: string | null;
}

export interface SectionResult {
  key: string;
  title: string;
  achieved: number;
  possible: number;
  /** Percent before the critical cap; null when nothing in the section applies. */
  rawPercent: number | null;
  /** Percent after the critical cap (rounded per policy); null when nothing applies. */
  percent: number | null;
  failed: boolean;
  criticalFailures: string[];
}

export interface BandDefinition {
  key: string;
  label: string;
  /** Lowest percent (inclusive) in the band, on the percent rounded per policy. */
  minPercent: number;
  /** Months from the audit date to the next audit. */
  nextAuditMonths: number;
  reauditRequired: boolean;
}

export interface EscalationInfo {
  ruleId: string;
  rule: string;
  from: Severity;
  to: Severity;
  /** The earlier audits whose findings on the same requirement made the rule fire. */
  priorAudits: { id?: string | number; date: IsoDate; severity: Severity }[];
}

export interface Finding {
  itemKey: string;
  sectionKey: string;
  requirement: string;
  title: string;
  detail: string;
  /** Final severity (after escalation). */
  severity: Severity;
  /** Severity before escalation. */
  baseSeverity: Severity;
  /** Why the base severity was chosen. */
  severityReason: string;
  escalation: EscalationInfo | null;
  correctiveAction: string;
  /** Audit date + the policy's days for the severity; null when the severity has no deadline. */
  dueDate: IsoDate | null;
  /** Closing the corrective action needs evidence (policy: critical and major). */
  evidenceRequired: boolean;
}

/** Findings of an earlier audit of the same center, as stored (for escalation). */
export interface PriorAudit {
  id?: string | number;
  date: IsoDate;
  findings: readonly { requirement: string; severity: Severity; baseSeverity?: Severity }[];
}

export interface AuditEvaluation {
  templateKey: string;
  templateVersion: number;
  policyVersion: string;
  auditDate: IsoDate;
  /** Every item answered validly: the audit can be submitted. */
  complete: boolean;
  missing: MissingAnswer[];
  answeredCount: number;
  itemCount: number;
  items: ItemResult[];
  sections: SectionResult[];
  achieved: number;
  possible: number;
  /** Percent of the answered, applicable points before the critical cap; null when nothing applies. */
  rawPercent: number | null;
  /** The result: rawPercent rounded, capped when a critical item failed; null when nothing applies. */
  percent: number | null;
  capped: boolean;
  criticalFailures: string[];
  band: BandDefinition | null;
  nextAuditDue: IsoDate | null;
  findings: Finding[];
}
