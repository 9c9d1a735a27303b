// The service rating of a center: a 0–100 score, 1–5 stars and a letter grade, with an explanation
// whose contributions add up to the score. Deterministic: the date of the rating is an input.
import type { IsoDate } from './types.ts';
import type { RatingComponentKey, RatingMethodology } from './methodologies.ts';
import { RATING_COMPONENTS, RATING_METHODOLOGY, getMethodology } from './methodologies.ts';
import { dayNumber, toIsoDate } from './dates.ts';
import { clamp, fmt, round } from './util.ts';

export interface RatedAudit {
  id?: string | number;
  date: IsoDate;
  /** The audit's result percent (after the critical cap), 0–100. */
  percent: number;
}

/** Operational counts over the period the server chooses (e.g. the last 12 months). */
export interface OperationalSignals {
  workOrdersCompleted?: number;
  workOrdersWithComplianceException?: number;
  appointmentsScheduled?: number;
  appointmentsKept?: number;
  walkInServices?: number;
  walkInsUnder5Minutes?: number;
  services?: number;
  complaints?: number;
}

export interface RatingInputs {
  /** The day the rating is computed for (ages of audits count to it). */
  asOf: IsoDate;
  /** The initial location assessment; null/absent when there is none. */
  baseline?: RatedAudit | null;
  /** Submitted annual quality audits (re-audits included). */
  audits?: readonly RatedAudit[];
  /** Corrective actions still open, and how many of those are past their due date; null/absent = unknown. */
  correctiveActions?: { open: number; overdue: number } | null;
  operations?: OperationalSignals | null;
}

export interface RatingPart {
  label: string;
  value: number;
  /** Share of the component (0–1, 4 decimals), e.g. an audit's recency weight. */
  share: number;
}

export interface RatingContribution {
  key: RatingComponentKey;
  label: string;
  status: 'used' | 'missing';
  /** The methodology's weight. */
  nominalWeight: number;
  /** The weight applied after missing components' weight was redistributed (0 when missing). */
  weight: number;
  /** The component's value 0–100 (rounded to the score's decimals); null when missing. */
  value: number | null;
  /** weight × value, in the score's decimals; the points of all contributions sum exactly to the score. */
  points: number;
  /** What the value was computed from, or why the component is missing. */
  basis: string;
  parts?: RatingPart[];
}

export interface Rating {
  methodologyVersion: string;
  asOf: IsoDate;
  rated: boolean;
  score: number | null;
  stars: number | null;
  grade: string | null;
  contributions: RatingContribution[];
  notes: string[];
}

type Value = { value: number; basis: string; parts?: RatingPart[] } | { value: null; basis: string };

function count(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(v)}`);
  return v;
}

function percentInput(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) throw new RangeError(`${name} must be a percent 0–100, got ${String(v)}`);
  return v;
}

function baselineValue(baseline: RatedAudit | null | undefined, asOf: number): Value {
  if (!baseline) return { value: null, basis: 'no initial assessment on record' };
  const p = percentInput('baseline.percent', baseline.percent);
  const date = toIsoDate(baseline.date);
  if (dayNumber(date) > asOf) return { value: null, basis: `initial assessment of ${date} is after the rating date` };
  return { value: p, basis: `initial assessment of ${date}: ${fmt(p)} %` };
}

function auditsValue(audits: readonly RatedAudit[], asOf: number, m: RatingMethodology): Value {
  const usable = audits
    .map((a) => ({ date: toIsoDate(a.date), age: asOf - dayNumber(a.date), p: percentInput('audit percent', a.percent) }))
    .filter((x) => x.age >= 0);
  const future = audits.length - usable.length;
  const futureNote = future ? ` (${future} dated after the rating date ignored)` : '';
  if (usable.length === 0) return { value: null, basis: `no annual audit yet${futureNote}` };
  let sumW = 0;
  let sumWP = 0;
  const weights = usable.map((x) => {
    const w = 0.5 ** (x.age / m.halfLifeDays);
    sumW += w;
    sumWP += w * x.p;
    return w;
  });
  const parts = usable
    .map((x, i) => ({ label: `audit of ${x.date} (${x.age} days old)`, value: x.p, share: round(weights[i] / sumW, 4), age: x.age }))
    .sort((a, b) => a.age - b.age)
    .map(({ label, value, share }) => ({ label, value, share }));
  return {
    value: sumWP / sumW,
    basis: `${usable.length} audit${usable.length === 1 ? '' : 's'}, each weighing half as much per ${m.halfLifeDays} days of age${futureNote}`,
    parts,
  };
}

function correctiveActionsValue(ca: RatingInputs['correctiveActions'], m: RatingMethodology): Value {
  if (!ca) return { value: null, basis: 'corrective actions unknown' };
  const open = count('correctiveActions.open', ca.open);
  const overdue = count('correctiveActions.overdue', ca.overdue);
  if (overdue > open) throw new RangeError('correctiveActions.overdue cannot exceed open');
  const { openPenalty, overduePenalty } = m.correctiveActions;
  const notOverdue = open - overdue;
  const value = Math.max(0, 100 - notOverdue * openPenalty - overdue * overduePenalty);
  return { value, basis: `${open} open, ${overdue} overdue: 100 − ${notOverdue} × ${fmt(openPenalty)} − ${overdue} × ${fmt(overduePenalty)}${value === 0 ? ', floored at 0' : ''}` };
}

function ratio(good: number, total: number, what: string, of: string, m: RatingMethodology): Value {
  if (total < m.operations.minSample) return { value: null, basis: `too few ${of} (${total} < ${m.operations.minSample})` };
  if (good > total) throw new RangeError(`${what} cannot exceed the number of ${of}`);
  return { value: (good / total) * 100, basis: `${good} of ${total} ${of} ${what}` };
}

function operationalValues(ops: OperationalSignals | null | undefined, m: RatingMethodology): Record<'workOrders' | 'appointments' | 'walkIns' | 'complaints', Value> {
  const unknown = { value: null, basis: 'no operational data' } as const;
  if (!ops) return { workOrders: unknown, appointments: unknown, walkIns: unknown, complaints: unknown };
  const n = (k: keyof OperationalSignals) => (ops[k] === undefined ? 0 : count(`operations.${k}`, ops[k]));
  const completed = n('workOrdersCompleted');
  const exceptionsUnknown = m.operations.exceptionsRequired && ops.workOrdersWithComplianceException === undefined;
  const exceptions = n('workOrdersWithComplianceException');
  if (exceptions > completed) throw new RangeError('workOrdersWithComplianceException cannot exceed workOrdersCompleted');
  const services = n('services');
  const complaints = n('complaints');
  let complaintsValue: Value;
  if (services < m.operations.minSample) complaintsValue = { value: null, basis: `too few services (${services} < ${m.operations.minSample})` };
  else {
    const per100 = (complaints / services) * 100;
    const atZero = m.operations.complaintsPer100AtZero;
    complaintsValue = {
      value: clamp(100 * (1 - per100 / atZero), 0, 100),
      basis: `${complaints} complaints in ${services} services = ${fmt(round(per100, 2))} per 100 (0 at ${fmt(atZero)} per 100)`,
    };
  }
  return {
    workOrders: exceptionsUnknown
      ? { value: null, basis: 'compliance exceptions not counted' }
      : ratio(completed - exceptions, completed, 'without a compliance exception', 'completed work orders', m),
    appointments: ratio(n('appointmentsKept'), n('appointmentsScheduled'), 'kept', 'scheduled appointments', m),
    walkIns: ratio(n('walkInsUnder5Minutes'), n('walkInServices'), 'under 5 minutes', 'walk-in services', m),
    complaints: complaintsValue,
  };
}

/** Splits `totalUnits` (an integer) over the raw amounts by largest remainder, so the parts add up exactly. */
function apportion(raw: number[], totalUnits: number): number[] {
  const floors = raw.map((r) => Math.floor(r + 1e-9));
  let left = totalUnits - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - floors[i] })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) floors[order[k].i]++;
  for (let k = order.length - 1; left < 0 && k >= 0; k--, left++) floors[order[k].i]--;
  return floors;
}

export function starsFor(score: number, m: RatingMethodology = RATING_METHODOLOGY): number {
  const { min, max, decimals } = m.stars;
  return round(min + ((max - min) * clamp(score, 0, 100)) / 100, decimals);
}

export function gradeFor(score: number, m: RatingMethodology = RATING_METHODOLOGY): string {
  return (m.grades.find((g) => score >= g.minScore) ?? m.grades[m.grades.length - 1]).grade;
}

/** Rates a center with the given methodology (the current one by default). */
export function rateCenter(inputs: RatingInputs, methodology: RatingMethodology = RATING_METHODOLOGY): Rating {
  if (methodology.formula !== 'weighted-components/1') throw new RangeError(`unsupported rating formula: ${String(methodology.formula)}`);
  const m = methodology;
  const asOf = toIsoDate(inputs.asOf);
  const values: Record<RatingComponentKey, Value> = {
    baseline: baselineValue(inputs.baseline, dayNumber(asOf)),
    audits: auditsValue(inputs.audits ?? [], dayNumber(asOf), m),
    correctiveActions: correctiveActionsValue(inputs.correctiveActions, m),
    ...operationalValues(inputs.operations, m),
  };
  const notes: string[] = [];
  const rated = values.baseline.value !== null || values.audits.value !== null;
  const knownWeight = RATING_COMPONENTS.reduce((s, k) => s + (values[k].value === null ? 0 : m.weights[k]), 0);
  const missing = RATING_COMPONENTS.filter((k) => values[k].value === null);

  if (!rated) {
    notes.push('Not rated: there is no initial assessment and no annual audit yet; a rating needs at least one of them.');
  } else if (missing.length) {
    const missingWeight = 1 - knownWeight;
    notes.push(
      `Missing: ${missing.map((k) => `${m.labels[k]} (${fmt(round(m.weights[k] * 100, 2))} %)`).join(', ')}. ` +
        `Their ${fmt(round(missingWeight * 100, 2))} % went to the known inputs in proportion to their weights (each weight × ${fmt(round(1 / knownWeight, 4))}).`,
    );
  }

  const scale = 10 ** m.scoreDecimals;
  const rawPoints = RATING_COMPONENTS.map((k) => {
    const v = values[k].value;
    return rated && v !== null ? (m.weights[k] / knownWeight) * v : 0;
  });
  const rawScore = rawPoints.reduce((a, b) => a + b, 0);
  const score = rated ? round(rawScore, m.scoreDecimals) : null;
  const units = score === null ? rawPoints.map(() => 0) : apportion(rawPoints.map((p) => p * scale), Math.round(score * scale));

  const contributions: RatingContribution[] = RATING_COMPONENTS.map((k, i) => {
    const v = values[k];
    const used = rated && v.value !== null;
    const c: RatingContribution = {
      key: k,
      label: m.labels[k],
      status: v.value === null ? 'missing' : 'used',
      nominalWeight: m.weights[k],
      weight: used ? m.weights[k] / knownWeight : 0,
      value: v.value === null ? null : round(v.value, m.scoreDecimals),
      points: units[i] / scale,
      basis: v.basis,
    };
    if ('parts' in v && v.parts) c.parts = v.parts;
    return c;
  });
  if (rated) notes.push(`Points are rounded to ${m.scoreDecimals} decimals so that they add up exactly to the score (largest remainder).`);

  return {
    methodologyVersion: m.version,
    asOf,
    rated,
    score,
    stars: score === null ? null : starsFor(score, m),
    grade: score === null ? null : gradeFor(score, m),
    contributions,
    notes,
  };
}

/** Recomputes with a named methodology version (e.g. the one a stored rating names); throws UnknownMethodologyError. */
export function recomputeRating(inputs: RatingInputs, version: string): Rating {
  return rateCenter(inputs, getMethodology(version));
}
