// One item's answer → its status and score fraction, per item kind.
import type { Answer, ChoiceItem, CountItem, ItemSeverity, ItemStatus, MeasurementItem, TemplateItem } from './types.ts';
import { fmt } from './util.ts';

export interface ItemOutcome {
  status: ItemStatus;
  /** 0..1, null for na / missing / invalid. */
  score: number | null;
  detail: string;
  optionSeverity?: ItemSeverity;
}

const outcome = (status: ItemStatus, score: number | null, detail: string): ItemOutcome => ({ status, score, detail });
const graded = (score: number, detail: string): ItemOutcome =>
  outcome(score >= 1 ? 'pass' : score <= 0 ? 'fail' : 'partial', score, detail);

/** Evaluates one answer. `epsilon` is the relative slack on measurement bounds (policy.measurementEpsilon). */
export function evaluateItem(item: TemplateItem, answer: Answer | null | undefined, epsilon: number): ItemOutcome {
  if (answer == null || (answer.na !== true && answer.value === undefined)) return outcome('missing', null, 'unanswered');
  if (answer.na === true) {
    if (answer.value !== undefined) return outcome('invalid', null, 'both a value and not applicable');
    return item.allowNotApplicable ? outcome('na', null, 'not applicable') : outcome('invalid', null, 'cannot be not applicable');
  }
  switch (item.kind) {
    case 'yesNo':
      if (answer.value === 'yes') return outcome('pass', 1, 'yes');
      if (answer.value === 'no') return outcome('fail', 0, 'no');
      return outcome('invalid', null, 'expected yes or no');
    case 'measurement':
      return evaluateMeasurement(item, answer, epsilon);
    case 'count':
      return evaluateCount(item, answer);
    case 'choice':
      return evaluateChoice(item, answer);
  }
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function within(value: number, min: number | undefined, max: number | undefined, epsilon: number): boolean {
  const slack = (bound: number) => Math.max(Math.abs(bound), 1e-12) * epsilon;
  return (min === undefined || value >= min - slack(min)) && (max === undefined || value <= max + slack(max));
}

function evaluateMeasurement(item: MeasurementItem, answer: Answer, epsilon: number): ItemOutcome {
  const value = answer.value;
  if (!isNumber(value)) return outcome('invalid', null, 'expected a number');
  const unit = item.unit ? ` ${item.unit}` : '';
  const check = item.check;
  if (check.type === 'range') {
    const bounds = `${check.min === undefined ? '' : `≥ ${fmt(check.min)}`}${check.min !== undefined && check.max !== undefined ? ' and ' : ''}${check.max === undefined ? '' : `≤ ${fmt(check.max)}`}`;
    const ok = within(value, check.min, check.max, epsilon);
    return graded(ok ? 1 : 0, `${fmt(value)}${unit} (required ${bounds}${unit})`);
  }
  const reference = check.reference ?? answer.reference;
  if (!isNumber(reference)) return outcome('invalid', null, 'expected the reference value');
  if (check.reference === undefined && check.referenceRange) {
    const { min, max } = check.referenceRange;
    if (!within(reference, min, max, epsilon)) {
      return graded(0, `reference ${fmt(reference)}${unit} outside ${fmt(min)}–${fmt(max)}${unit}`);
    }
  }
  const allowed = check.tolerancePercent !== undefined ? (Math.abs(reference) * check.tolerancePercent) / 100 : (check.toleranceAbsolute ?? 0);
  const deviation = value - reference;
  const ok = within(deviation, -allowed, allowed, epsilon);
  const shown =
    check.tolerancePercent !== undefined
      ? `${deviation >= 0 ? '+' : ''}${fmt(reference === 0 ? 0 : (deviation / reference) * 100)} % (allowed ±${fmt(check.tolerancePercent)} %)`
      : `${deviation >= 0 ? '+' : ''}${fmt(deviation)}${unit} (allowed ±${fmt(allowed)}${unit})`;
  return graded(ok ? 1 : 0, `${fmt(value)}${unit} vs ${fmt(reference)}${unit}: ${shown}`);
}

function evaluateCount(item: CountItem, answer: Answer): ItemOutcome {
  const value = answer.value;
  if (!isNumber(value) || !Number.isInteger(value) || value < 0) return outcome('invalid', null, 'expected a whole number ≥ 0');
  const unit = item.unit ? ` ${item.unit}` : '';
  const detail = `${value}${unit} (minimum ${item.minimum})`;
  if (value >= item.minimum) return graded(1, detail);
  return graded(item.proportional ? value / item.minimum : 0, detail);
}

function evaluateChoice(item: ChoiceItem, answer: Answer): ItemOutcome {
  const option = item.options.find((o) => o.key === answer.value);
  if (!option) return outcome('invalid', null, `expected one of ${item.options.map((o) => o.key).join(', ')}`);
  const result = graded(option.score, option.label);
  if (option.severity) result.optionSeverity = option.severity;
  return result;
}
