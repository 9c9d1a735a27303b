// One item's answer → its status and score fraction, per item kind.
import type { Answer, ChoiceItem, CountItem, ItemSeverity, ItemStatus, MeasurementItem, TemplateItem } from './types.ts';
import { fmt } from './util.ts';

/** Read-only: outcomes that do not depend on the value are shared. */
export interface ItemOutcome {
  status: ItemStatus;
  /** 0..1, null for na / missing / invalid. */
  score: number | null;
  detail: string;
  /** Severity named by the chosen choice option, else null. */
  optionSeverity: ItemSeverity | null;
}

const outcome = (status: ItemStatus, score: number | null, detail: string, optionSeverity: ItemSeverity | null = null): ItemOutcome => ({
  status,
  score,
  detail,
  optionSeverity,
});
const graded = (score: number, detail: string, optionSeverity: ItemSeverity | null = null): ItemOutcome =>
  outcome(score >= 1 ? 'pass' : score <= 0 ? 'fail' : 'partial', score, detail, optionSeverity);

// Outcomes that do not depend on the answer's value are shared (frozen) rather than allocated per call.
const MISSING = Object.freeze(outcome('missing', null, 'unanswered'));
const NOT_APPLICABLE = Object.freeze(outcome('na', null, 'not applicable'));
const NA_NOT_ALLOWED = Object.freeze(outcome('invalid', null, 'cannot be not applicable'));
const NA_WITH_VALUE = Object.freeze(outcome('invalid', null, 'both a value and not applicable'));
const YES = Object.freeze(outcome('pass', 1, 'yes'));
const NO = Object.freeze(outcome('fail', 0, 'no'));
const NOT_YES_NO = Object.freeze(outcome('invalid', null, 'expected yes or no'));
const NOT_A_NUMBER = Object.freeze(outcome('invalid', null, 'expected a number'));
const NO_REFERENCE = Object.freeze(outcome('invalid', null, 'expected the reference value'));
const NOT_A_COUNT = Object.freeze(outcome('invalid', null, 'expected a whole number ≥ 0'));

/** Per choice item: option key → its (static) outcome, and the outcome of an unknown key. */
const choiceOutcomes = new WeakMap<ChoiceItem, { byKey: Map<unknown, ItemOutcome>; unknown: ItemOutcome }>();

/** Per measurement item: its unit suffix, the "(required …)" text of a range, and the shared passing outcome. */
interface MeasurementTexts {
  unit: string;
  required: string;
  pass: ItemOutcome;
}
const measurementCache = new WeakMap<MeasurementItem, MeasurementTexts>();

/** Evaluates one answer. `epsilon` is the relative slack on measurement bounds (policy.measurementEpsilon). */
export function evaluateItem(item: TemplateItem, answer: Answer | null | undefined, epsilon: number): ItemOutcome {
  if (answer == null || (answer.na !== true && answer.value === undefined)) return MISSING;
  if (answer.na === true) {
    if (answer.value !== undefined) return NA_WITH_VALUE;
    return item.allowNotApplicable ? NOT_APPLICABLE : NA_NOT_ALLOWED;
  }
  switch (item.kind) {
    case 'yesNo':
      return answer.value === 'yes' ? YES : answer.value === 'no' ? NO : NOT_YES_NO;
    case 'measurement':
      return evaluateMeasurement(item, answer, epsilon);
    case 'count':
      return evaluateCount(item, answer);
    case 'choice':
      return evaluateChoice(item, answer);
  }
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function slack(bound: number, epsilon: number): number {
  return Math.max(Math.abs(bound), 1e-12) * epsilon;
}

function within(value: number, min: number | undefined, max: number | undefined, epsilon: number): boolean {
  return (min === undefined || value >= min - slack(min, epsilon)) && (max === undefined || value <= max + slack(max, epsilon));
}

function measurementTexts(item: MeasurementItem): MeasurementTexts {
  let t = measurementCache.get(item);
  if (!t) {
    const unit = item.unit ? ` ${item.unit}` : '';
    const c = item.check;
    let required = '';
    let passText: string;
    if (c.type === 'range') {
      const bounds = [c.min === undefined ? '' : `≥ ${fmt(c.min)}`, c.max === undefined ? '' : `≤ ${fmt(c.max)}`].filter(Boolean).join(' and ');
      required = ` (required ${bounds}${unit})`;
      passText = `in range (${bounds}${unit})`;
    } else if (c.tolerancePercent !== undefined) {
      passText = `within ±${fmt(c.tolerancePercent)} % of the reference`;
    } else {
      passText = `within ±${fmt(c.toleranceAbsolute ?? 0)}${unit} of ${c.reference === undefined ? 'the reference' : `${fmt(c.reference)}${unit}`}`;
    }
    t = { unit, required, pass: Object.freeze(graded(1, passText)) };
    measurementCache.set(item, t);
  }
  return t;
}

/** Passing measurements share one outcome ("within …"); failing ones say by how much. */
function evaluateMeasurement(item: MeasurementItem, answer: Answer, epsilon: number): ItemOutcome {
  const value = answer.value;
  if (!isNumber(value)) return NOT_A_NUMBER;
  const texts = measurementTexts(item);
  const { unit } = texts;
  const check = item.check;
  if (check.type === 'range') {
    return within(value, check.min, check.max, epsilon) ? texts.pass : graded(0, `${fmt(value)}${unit}${texts.required}`);
  }
  const reference = check.reference ?? answer.reference;
  if (!isNumber(reference)) return NO_REFERENCE;
  if (check.reference === undefined && check.referenceRange) {
    const { min, max } = check.referenceRange;
    if (!within(reference, min, max, epsilon)) {
      return graded(0, `reference ${fmt(reference)}${unit} outside ${fmt(min)}–${fmt(max)}${unit}`);
    }
  }
  const allowed = check.tolerancePercent !== undefined ? (Math.abs(reference) * check.tolerancePercent) / 100 : (check.toleranceAbsolute ?? 0);
  const deviation = value - reference;
  if (within(deviation, -allowed, allowed, epsilon)) return texts.pass;
  const shown =
    check.tolerancePercent !== undefined
      ? `${deviation >= 0 ? '+' : ''}${fmt(reference === 0 ? 0 : (deviation / reference) * 100)} % (allowed ±${fmt(check.tolerancePercent)} %)`
      : `${deviation >= 0 ? '+' : ''}${fmt(deviation)}${unit} (allowed ±${fmt(allowed)}${unit})`;
  return graded(0, `${fmt(value)}${unit} vs ${fmt(reference)}${unit}: ${shown}`);
}

function evaluateCount(item: CountItem, answer: Answer): ItemOutcome {
  const value = answer.value;
  if (!isNumber(value) || !Number.isInteger(value) || value < 0) return NOT_A_COUNT;
  const unit = item.unit ? ` ${item.unit}` : '';
  const detail = `${value}${unit} (minimum ${item.minimum})`;
  if (value >= item.minimum) return graded(1, detail);
  return graded(item.proportional ? value / item.minimum : 0, detail);
}

function evaluateChoice(item: ChoiceItem, answer: Answer): ItemOutcome {
  let c = choiceOutcomes.get(item);
  if (!c) {
    c = {
      byKey: new Map(item.options.map((o) => [o.key, Object.freeze(graded(o.score, o.label, o.severity ?? null))])),
      unknown: Object.freeze(outcome('invalid', null, `expected one of ${item.options.map((o) => o.key).join(', ')}`)),
    };
    choiceOutcomes.set(item, c);
  }
  return c.byKey.get(answer.value) ?? c.unknown;
}
