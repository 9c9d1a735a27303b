import { describe, expect, it } from 'vitest';
import { SCORING_POLICY, evaluateItem, type Answer, type ItemStatus, type TemplateItem } from '../../audits/index.ts';
import { item } from './fixtures.ts';

const EPS = SCORING_POLICY.measurementEpsilon;
type Case = [label: string, answer: Answer | null | undefined, status: ItemStatus, score: number | null];
const run = (it_: TemplateItem, cases: Case[]) =>
  it.each(cases)('%s', (_label, answer, status, score) => {
    const o = evaluateItem(it_, answer, EPS);
    expect(o.status).toBe(status);
    if (score === null) expect(o.score).toBeNull();
    else expect(o.score).toBeCloseTo(score, 12);
  });

describe('yes/no items', () => {
  run(item({ key: 'y', kind: 'yesNo', allowNotApplicable: true }), [
    ['yes earns 1', { value: 'yes' }, 'pass', 1],
    ['no earns 0', { value: 'no' }, 'fail', 0],
    ['N/A where allowed', { na: true }, 'na', null],
    ['unanswered (undefined)', undefined, 'missing', null],
    ['unanswered (null)', null, 'missing', null],
    ['unanswered (empty object)', {}, 'missing', null],
    ['anything else is invalid', { value: 'maybe' }, 'invalid', null],
    ['a number is invalid', { value: 1 }, 'invalid', null],
    ['a value together with N/A is invalid', { value: 'yes', na: true }, 'invalid', null],
  ]);
  run(item({ key: 'y', kind: 'yesNo' }), [['N/A where not allowed is invalid', { na: true }, 'invalid', null]]);
});

describe('measurement items: ±10 % of a reference entered with the answer (standard 0.030–0.050)', () => {
  run(
    item({ key: 'm', kind: 'measurement', unit: 'g/210L', check: { type: 'tolerance', tolerancePercent: 10, referenceRange: { min: 0.03, max: 0.05 } } }),
    [
      ['on the reference', { value: 0.04, reference: 0.04 }, 'pass', 1],
      ['exactly +10 % passes', { value: 0.044, reference: 0.04 }, 'pass', 1],
      ['exactly −10 % passes', { value: 0.036, reference: 0.04 }, 'pass', 1],
      ['just beyond +10 % fails', { value: 0.0441, reference: 0.04 }, 'fail', 0],
      ['just beyond −10 % fails', { value: 0.0359, reference: 0.04 }, 'fail', 0],
      ['+10 % of 0.050 passes', { value: 0.055, reference: 0.05 }, 'pass', 1],
      ['−10 % of 0.030 passes', { value: 0.027, reference: 0.03 }, 'pass', 1],
      ['beyond −10 % of 0.030 fails', { value: 0.0269, reference: 0.03 }, 'fail', 0],
      ['a standard at the range edge 0.030 is fine', { value: 0.03, reference: 0.03 }, 'pass', 1],
      ['a standard above 0.050 fails', { value: 0.051, reference: 0.051 }, 'fail', 0],
      ['a standard below 0.030 fails', { value: 0.029, reference: 0.029 }, 'fail', 0],
      ['without the reference it is invalid', { value: 0.04 }, 'invalid', null],
      ['a text value is invalid', { value: '0.04', reference: 0.04 }, 'invalid', null],
      ['NaN is invalid', { value: Number.NaN, reference: 0.04 }, 'invalid', null],
    ],
  );
  it('says by how much when it fails, and what was met when it passes', () => {
    const i = item({ key: 'm', kind: 'measurement', unit: 'g/210L', check: { type: 'tolerance', tolerancePercent: 10 } });
    expect(evaluateItem(i, { value: 0.045, reference: 0.04 }, EPS).detail).toBe('0.045 g/210L vs 0.04 g/210L: +12.5 % (allowed ±10 %)');
    expect(evaluateItem(i, { value: 0.035, reference: 0.04 }, EPS).detail).toBe('0.035 g/210L vs 0.04 g/210L: -12.5 % (allowed ±10 %)');
    expect(evaluateItem(i, { value: 0.041, reference: 0.04 }, EPS).detail).toBe('within ±10 % of the reference');
    const t = item({ key: 't', kind: 'measurement', unit: '°C', check: { type: 'tolerance', reference: 34, toleranceAbsolute: 0.2 } });
    expect(evaluateItem(t, { value: 34.3 }, EPS).detail).toBe('34.3 °C vs 34 °C: +0.3 °C (allowed ±0.2 °C)');
    expect(evaluateItem(t, { value: 34.1 }, EPS).detail).toBe('within ±0.2 °C of 34 °C');
    const r = item({ key: 'r', kind: 'measurement', unit: 'min', check: { type: 'range', min: 0, max: 5 } });
    expect(evaluateItem(r, { value: 6 }, EPS).detail).toBe('6 min (required ≥ 0 and ≤ 5 min)');
    expect(evaluateItem(r, { value: 4 }, EPS).detail).toBe('in range (≥ 0 and ≤ 5 min)');
    expect(evaluateItem(r, { value: 0.04, reference: 0.06 }, EPS).status).toBe('pass');
  });
  it('a standard outside its window is named', () => {
    const i = item({ key: 'm', kind: 'measurement', unit: 'g/210L', check: { type: 'tolerance', tolerancePercent: 10, referenceRange: { min: 0.03, max: 0.05 } } });
    expect(evaluateItem(i, { value: 0.06, reference: 0.06 }, EPS).detail).toBe('reference 0.06 g/210L outside 0.03–0.05 g/210L');
  });
});

describe('measurement items: fixed reference ± an absolute tolerance (34 ± 0.2 °C)', () => {
  run(item({ key: 't', kind: 'measurement', unit: '°C', check: { type: 'tolerance', reference: 34, toleranceAbsolute: 0.2 } }), [
    ['34.2 passes', { value: 34.2 }, 'pass', 1],
    ['33.8 passes', { value: 33.8 }, 'pass', 1],
    ['34.21 fails', { value: 34.21 }, 'fail', 0],
    ['33.79 fails', { value: 33.79 }, 'fail', 0],
    ['a reference in the answer does not override the template', { value: 35, reference: 35 }, 'fail', 0],
  ]);
});

describe('measurement items: a range (two checks no more than 5 minutes apart)', () => {
  run(item({ key: 'r', kind: 'measurement', unit: 'min', check: { type: 'range', min: 0, max: 5 } }), [
    ['5 minutes passes', { value: 5 }, 'pass', 1],
    ['0 passes', { value: 0 }, 'pass', 1],
    ['5.01 fails', { value: 5.01 }, 'fail', 0],
    ['below the minimum fails', { value: -1 }, 'fail', 0],
  ]);
});

describe('count items with a minimum (replacement devices ≥ 2)', () => {
  run(item({ key: 'c', kind: 'count', minimum: 2 }), [
    ['at the minimum passes', { value: 2 }, 'pass', 1],
    ['above passes', { value: 7 }, 'pass', 1],
    ['one short fails', { value: 1 }, 'fail', 0],
    ['none fails', { value: 0 }, 'fail', 0],
    ['a fraction is invalid', { value: 1.5 }, 'invalid', null],
    ['a negative count is invalid', { value: -1 }, 'invalid', null],
    ['text is invalid', { value: 'two' }, 'invalid', null],
  ]);
  describe('proportional counts earn value ÷ minimum', () => {
    run(item({ key: 'p', kind: 'count', minimum: 4, proportional: true }), [
      ['1 of 4', { value: 1 }, 'partial', 0.25],
      ['3 of 4', { value: 3 }, 'partial', 0.75],
      ['4 of 4', { value: 4 }, 'pass', 1],
      ['0 of 4', { value: 0 }, 'fail', 0],
    ]);
  });
});

describe('choice items earn their option’s fraction', () => {
  const choice = item({
    key: 'ch',
    kind: 'choice',
    options: [
      { key: 'full', label: 'Full', score: 1 },
      { key: 'most', label: 'Most', score: 0.6 },
      { key: 'some', label: 'Some', score: 0.2, severity: 'minor' },
      { key: 'none', label: 'None', score: 0 },
    ],
  });
  run(choice, [
    ['full', { value: 'full' }, 'pass', 1],
    ['most', { value: 'most' }, 'partial', 0.6],
    ['some', { value: 'some' }, 'partial', 0.2],
    ['none', { value: 'none' }, 'fail', 0],
    ['an unknown option is invalid', { value: 'other' }, 'invalid', null],
  ]);
  it("carries the option's severity", () => {
    expect(evaluateItem(choice, { value: 'some' }, EPS).optionSeverity).toBe('minor');
    expect(evaluateItem(choice, { value: 'most' }, EPS).optionSeverity).toBeNull();
  });
});
