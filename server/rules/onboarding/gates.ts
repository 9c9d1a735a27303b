import { SCORING_POLICY } from '../../../audits/index.ts';
import { APPOINTMENT_TYPES, WALK_IN_TYPES } from '../../resources/choices.ts';

/**
 * The go-live gates of a new location (DOMAIN.md, "New location process"): paperwork with its
 * documents on file, a price for every customer service, background-check authorisations where the state requires them, a passed
 * initial assessment, every staff member trained, the state notified and, where the state
 * requires it, its inspection passed. Pure: the caller loads the rows.
 */

export const GATE_KEYS = [
  'agreement',
  'w9',
  'insurance',
  'priceList',
  'backgroundChecks',
  'initialAssessment',
  'installers',
  'training',
  'stateNotified',
  'stateInspection',
] as const;
export type GateKey = (typeof GATE_KEYS)[number];

export interface Gate {
  key: GateKey;
  label: string;
  met: boolean;
  /** What was found, or what is missing. */
  detail: string;
}

export interface GateCenter {
  agreementSignedOn: string | null;
  w9ReceivedOn: string | null;
  insuranceReceivedOn: string | null;
  insuranceExpiresOn: string | null;
  /** The work-order types the center's price list prices. */
  pricedTypes: string[];
  stateNotifiedOn: string | null;
  stateNotifiedHow: string | null;
  stateInspectionPassedOn: string | null;
}

export interface GateJurisdiction {
  backgroundCheckRequired: boolean;
  stateInspectionRequired: boolean;
}

/** An active staff member of the center (installers table). */
export interface GateStaff {
  id: number;
  firstName: string;
  lastName: string;
  duties: string;
  trainingStatus: string;
  trainedOn: string | null;
  trainingMethod: string | null;
  trainer: string | null;
  backgroundCheck: string;
}

export interface GateDocument {
  kind: string;
  installerId: number | null;
}

/** A submitted or closed initial assessment of the center. */
export interface GateAssessment {
  id: number;
  auditDate: string;
  band: string | null;
}

export interface GateInput {
  center: GateCenter;
  jurisdiction: GateJurisdiction;
  /** Active staff only. */
  staff: GateStaff[];
  documents: GateDocument[];
  assessments: GateAssessment[];
  /** YYYY-MM-DD: the insurance must not have expired by then. */
  today: string;
}

export const GATE_LABELS: Record<GateKey, string> = {
  agreement: 'Service Center Agreement signed',
  w9: 'W-9 received',
  insurance: 'Insurance binder current',
  priceList: 'Price list complete',
  backgroundChecks: 'Background-check authorisations',
  initialAssessment: 'Initial assessment passed',
  installers: 'At least one active installer',
  training: 'Every staff member trained',
  stateNotified: 'State notified',
  stateInspection: 'State inspection passed',
};

/** Names listed in a detail before "and N more". */
const LISTED = 5;

const listNames = (names: string[]) =>
  names.length <= LISTED ? names.join(', ') : `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;

const fullName = (s: GateStaff) => `${s.firstName} ${s.lastName}`;

export const installs = (s: { duties: string }) => s.duties === 'installer' || s.duties === 'installer-and-paperwork';

/** The band keys whose result requires a re-audit (a failed assessment). */
const FAILING_BANDS = new Set(SCORING_POLICY.bands.filter((b) => b.reauditRequired).map((b) => b.key));
const BAND_LABELS = new Map(SCORING_POLICY.bands.map((b) => [b.key, b.label]));

function paperwork(key: 'agreement' | 'w9', date: string | null, hasDocument: boolean, what: string): Gate {
  const missing = [date ? null : 'date', hasDocument ? null : 'document'].filter(Boolean);
  return {
    key,
    label: GATE_LABELS[key],
    met: missing.length === 0,
    detail: missing.length === 0 ? `${what} on ${date}, document on file` : `Missing: ${missing.join(' and ')}`,
  };
}

function insurance({ center, documents, today }: GateInput): Gate {
  const problems: string[] = [];
  if (!center.insuranceReceivedOn) problems.push('received date');
  if (!center.insuranceExpiresOn) problems.push('expiry date');
  if (!documents.some((d) => d.kind === 'insurance-binder')) problems.push('document');
  let detail = problems.length ? `Missing: ${problems.join(', ')}` : `Received ${center.insuranceReceivedOn}, expires ${center.insuranceExpiresOn}, document on file`;
  let met = problems.length === 0;
  if (center.insuranceExpiresOn && center.insuranceExpiresOn <= today) {
    met = false;
    detail = `${problems.length ? `${detail}; expired` : 'Expired'} on ${center.insuranceExpiresOn}`;
  }
  return { key: 'insurance', label: GATE_LABELS.insurance, met, detail };
}

/**
 * The work the provider sends a live center and the customer pays per the center's agreement:
 * appointments (installation, removal, vehicle switch) and walk-ins (calibration, lockout service,
 * handheld exchange). Provider requests are billed to the provider and priced when first needed.
 */
export const PRICED_SERVICES: readonly string[] = [...APPOINTMENT_TYPES, ...WALK_IN_TYPES];

function priceList({ center }: GateInput): Gate {
  const unpriced = PRICED_SERVICES.filter((type) => !center.pricedTypes.includes(type));
  return {
    key: 'priceList',
    label: GATE_LABELS.priceList,
    met: unpriced.length === 0,
    detail: unpriced.length === 0 ? `All ${PRICED_SERVICES.length} customer services priced` : `No price for ${unpriced.join(', ')}`,
  };
}

function backgroundChecks({ jurisdiction, staff, documents }: GateInput): Gate {
  const base = { key: 'backgroundChecks' as const, label: GATE_LABELS.backgroundChecks };
  if (!jurisdiction.backgroundCheckRequired) return { ...base, met: true, detail: 'Not required in this jurisdiction' };
  const installers = staff.filter(installs);
  const authorised = new Set(documents.filter((d) => d.kind === 'background-check-authorization' && d.installerId !== null).map((d) => d.installerId));
  const withoutDocument = installers.filter((s) => !authorised.has(s.id)).map(fullName);
  const failed = installers.filter((s) => s.backgroundCheck === 'failed').map(fullName);
  const problems = [
    withoutDocument.length ? `no authorisation on file for ${listNames(withoutDocument)}` : null,
    failed.length ? `background check failed for ${listNames(failed)}` : null,
  ].filter((p): p is string => p !== null);
  if (problems.length) return { ...base, met: false, detail: problems.join('; ').replace(/^./, (c) => c.toUpperCase()) };
  if (installers.length === 0) return { ...base, met: false, detail: 'No active installer to authorise yet' };
  return { ...base, met: true, detail: `On file for all ${installers.length} active installers` };
}

function initialAssessment({ assessments }: GateInput): Gate {
  const base = { key: 'initialAssessment' as const, label: GATE_LABELS.initialAssessment };
  if (assessments.length === 0) return { ...base, met: false, detail: 'No submitted initial assessment' };
  const latest = [...assessments].sort((a, b) => (a.auditDate === b.auditDate ? b.id - a.id : b.auditDate.localeCompare(a.auditDate)))[0];
  if (latest.band === null) return { ...base, met: false, detail: `The assessment of ${latest.auditDate} has no result band` };
  const label = BAND_LABELS.get(latest.band) ?? latest.band;
  if (FAILING_BANDS.has(latest.band)) return { ...base, met: false, detail: `The assessment of ${latest.auditDate} failed (${label}); re-assess the location` };
  return { ...base, met: true, detail: `Assessed on ${latest.auditDate}: ${label}` };
}

function installersGate({ staff }: GateInput): Gate {
  const n = staff.filter(installs).length;
  return { key: 'installers', label: GATE_LABELS.installers, met: n > 0, detail: n > 0 ? `${n} active ${n === 1 ? 'installer' : 'installers'}` : 'No active installer' };
}

/** Why a staff member does not count as trained, or null. */
export function untrainedReason(s: Pick<GateStaff, 'trainingStatus' | 'trainedOn' | 'trainingMethod' | 'trainer'>): string | null {
  if (s.trainingStatus !== 'completed') return 'training not completed';
  const missing = [s.trainedOn ? null : 'date', s.trainingMethod ? null : 'method', s.trainer ? null : 'trainer'].filter(Boolean);
  return missing.length ? `missing training ${missing.join(', ')}` : null;
}

function training({ staff }: GateInput): Gate {
  const base = { key: 'training' as const, label: GATE_LABELS.training };
  if (staff.length === 0) return { ...base, met: false, detail: 'No active staff' };
  const untrained = staff.map((s) => ({ s, why: untrainedReason(s) })).filter((u) => u.why !== null);
  if (untrained.length === 0) return { ...base, met: true, detail: `All ${staff.length} active staff trained` };
  return { ...base, met: false, detail: `Not trained: ${listNames(untrained.map((u) => `${fullName(u.s)} (${u.why})`))}` };
}

function stateNotified({ center }: GateInput): Gate {
  const missing = [center.stateNotifiedOn ? null : 'date', center.stateNotifiedHow ? null : 'how'].filter(Boolean);
  return {
    key: 'stateNotified',
    label: GATE_LABELS.stateNotified,
    met: missing.length === 0,
    detail: missing.length ? `Missing: ${missing.join(' and ')}` : `Notified on ${center.stateNotifiedOn} by ${center.stateNotifiedHow}`,
  };
}

function stateInspection({ center, jurisdiction }: GateInput): Gate {
  const base = { key: 'stateInspection' as const, label: GATE_LABELS.stateInspection };
  if (!jurisdiction.stateInspectionRequired) return { ...base, met: true, detail: 'Not required in this jurisdiction' };
  return center.stateInspectionPassedOn
    ? { ...base, met: true, detail: `Passed on ${center.stateInspectionPassedOn}` }
    : { ...base, met: false, detail: 'The state requires an inspection; none passed yet' };
}

/** Every gate in the order of the onboarding process. */
export function onboardingGates(input: GateInput): Gate[] {
  const has = (kind: string) => input.documents.some((d) => d.kind === kind);
  return [
    paperwork('agreement', input.center.agreementSignedOn, has('service-center-agreement'), 'Signed'),
    paperwork('w9', input.center.w9ReceivedOn, has('w9'), 'Received'),
    insurance(input),
    priceList(input),
    backgroundChecks(input),
    initialAssessment(input),
    installersGate(input),
    training(input),
    stateNotified(input),
    stateInspection(input),
  ];
}

/** "Go-live refused: N gates not met: a, b" */
export function missingGatesMessage(gates: Gate[]): string {
  const missing = gates.filter((g) => !g.met);
  return `The center cannot go live: ${missing.length} ${missing.length === 1 ? 'gate' : 'gates'} not met: ${missing.map((g) => g.label).join(', ')}`;
}
