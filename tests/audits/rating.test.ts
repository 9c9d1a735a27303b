import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  RATING_COMPONENTS,
  RATING_METHODOLOGIES,
  RATING_METHODOLOGY,
  UnknownMethodologyError,
  checkMethodology,
  gradeFor,
  rateCenter,
  recomputeRating,
  starsFor,
  type Rating,
  type RatingInputs,
  type RatingMethodology,
} from '../../audits/index.ts';

const ASOF = '2026-06-01';
const OPS = {
  workOrdersCompleted: 200,
  workOrdersWithComplianceException: 6,
  appointmentsScheduled: 150,
  appointmentsKept: 141,
  walkInServices: 80,
  walkInsUnder5Minutes: 72,
  services: 400,
  complaints: 3,
};
const FULL: RatingInputs = {
  asOf: ASOF,
  baseline: { date: '2024-01-10', percent: 92 },
  audits: [
    { id: 1, date: '2025-01-10', percent: 88 },
    { id: 2, date: '2026-01-10', percent: 74 },
  ],
  correctiveActions: { open: 3, overdue: 1 },
  operations: OPS,
};
const cents = (n: number) => Math.round(n * 100);
const contribution = (r: Rating, key: string) => r.contributions.find((c) => c.key === key)!;
const sumPoints = (r: Rating) => r.contributions.reduce((s, c) => s + cents(c.points), 0);

/** Deterministic pseudo-random inputs. */
function randomInputs(seed: number): RatingInputs {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const int = (n: number) => Math.floor(rnd() * n);
  const completed = int(300);
  const scheduled = int(200);
  const walkIns = int(100);
  return {
    asOf: ASOF,
    baseline: rnd() < 0.8 ? { date: '2022-05-01', percent: Math.round(rnd() * 10000) / 100 } : null,
    audits: Array.from({ length: int(6) }, (_, i) => ({ date: `${2021 + i}-0${1 + int(9)}-1${int(9)}`, percent: Math.round(rnd() * 10000) / 100 })),
    correctiveActions: rnd() < 0.9 ? (() => { const open = int(8); return { open, overdue: int(open + 1) }; })() : null,
    operations: rnd() < 0.8 ? { workOrdersCompleted: completed, workOrdersWithComplianceException: int(completed + 1), appointmentsScheduled: scheduled, appointmentsKept: int(scheduled + 1), walkInServices: walkIns, walkInsUnder5Minutes: int(walkIns + 1), services: completed + walkIns, complaints: int(10) } : null,
  };
}

describe('the explanation', () => {
  it('lists every component with label, weights, value, points and basis', () => {
    const r = rateCenter(FULL);
    expect(r.contributions.map((c) => c.key)).toEqual([...RATING_COMPONENTS]);
    expect(r.contributions.map((c) => [c.key, c.status, c.weight, c.value, c.points])).toEqual([
      ['baseline', 'used', 0.15, 92, 13.8],
      ['audits', 'used', 0.4, 78.67, 31.47],
      ['correctiveActions', 'used', 0.15, 77, 11.55],
      ['workOrders', 'used', 0.1, 97, 9.7],
      ['appointments', 'used', 0.08, 94, 7.52],
      ['walkIns', 'used', 0.05, 90, 4.5],
      ['complaints', 'used', 0.07, 85, 5.95],
    ]);
    expect([r.score, r.stars, r.grade, r.rated, r.methodologyVersion, r.asOf]).toEqual([84.49, 4.4, 'B', true, '2026.2', ASOF]);
    expect(contribution(r, 'correctiveActions').basis).toBe('3 open, 1 overdue: 100 − 2 × 4 − 1 × 15');
    expect(contribution(r, 'complaints').basis).toBe('3 complaints in 400 services = 0.75 per 100 (0 at 5 per 100)');
    expect(contribution(r, 'audits').parts).toEqual([
      { label: 'audit of 2026-01-10 (142 days old)', value: 74, share: 0.6667 },
      { label: 'audit of 2025-01-10 (507 days old)', value: 88, share: 0.3333 },
    ]);
  });
  it.each(Array.from({ length: 200 }, (_, i) => i + 1))('points sum exactly to the score (in hundredths), inputs #%i', (seed) => {
    const r = rateCenter(randomInputs(seed));
    if (!r.rated) return expect(sumPoints(r)).toBe(0);
    expect(sumPoints(r)).toBe(cents(r.score!));
    for (const c of r.contributions) expect(Math.abs(c.points - c.weight * (c.value ?? 0))).toBeLessThan(0.011);
    expect(r.contributions.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
  });
  it('states the rounding', () => expect(rateCenter(FULL).notes.at(-1)).toMatch(/add up exactly to the score/));
});

describe('annual audits: recent ones weigh more', () => {
  const only = (audits: RatingInputs['audits']) => contribution(rateCenter({ asOf: ASOF, audits }), 'audits');
  it('a recent poor audit weighs more than an old one', () => {
    const recentPoor = rateCenter({ ...FULL, audits: [{ date: '2023-06-01', percent: 95 }, { date: '2026-05-01', percent: 60 }] });
    const oldPoor = rateCenter({ ...FULL, audits: [{ date: '2023-06-01', percent: 60 }, { date: '2026-05-01', percent: 95 }] });
    expect(recentPoor.score!).toBeLessThan(oldPoor.score!);
    expect(contribution(recentPoor, 'audits').value!).toBeLessThan(70);
    expect(contribution(oldPoor, 'audits').value!).toBeGreaterThan(85);
  });
  it('an audit one half-life older weighs half', () => {
    const c = only([{ date: '2025-06-01', percent: 70 }, { date: ASOF, percent: 100 }]);
    expect(c.parts!.map((p) => p.share)).toEqual([0.6667, 0.3333]);
    expect(c.value).toBe(90);
    expect(RATING_METHODOLOGY.halfLifeDays).toBe(365);
  });
  it('a single audit counts at its percent, whatever its age', () => {
    expect(only([{ date: '2020-01-01', percent: 81.5 }]).value).toBe(81.5);
  });
  it('audits dated after the rating date are ignored and said so', () => {
    const c = only([{ date: '2026-05-01', percent: 90 }, { date: '2026-07-01', percent: 10 }]);
    expect(c.value).toBe(90);
    expect(c.basis).toContain('1 dated after the rating date ignored');
  });
});

describe('corrective actions', () => {
  const ca = (open: number, overdue: number) => rateCenter({ ...FULL, correctiveActions: { open, overdue } });
  it('overdue actions lower the rating more than open ones', () => {
    const scores = [ca(0, 0), ca(2, 0), ca(2, 1), ca(2, 2)].map((r) => r.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
    expect(contribution(ca(2, 2), 'correctiveActions').value).toBe(70);
  });
  it('floor at 0', () => {
    const c = contribution(ca(20, 10), 'correctiveActions');
    expect(c.value).toBe(0);
    expect(c.basis).toContain('floored at 0');
  });
  it('refuse more overdue than open', () => expect(() => ca(1, 2)).toThrow(RangeError));
});

describe('missing inputs', () => {
  it('no operational data: its weight goes to the known inputs, proportionally, and the notes say so', () => {
    const r = rateCenter({ ...FULL, operations: null });
    const missing = r.contributions.filter((c) => c.status === 'missing').map((c) => [c.key, c.weight, c.value, c.points, c.basis]);
    expect(missing).toEqual([
      ['workOrders', 0, null, 0, 'no operational data'],
      ['appointments', 0, null, 0, 'no operational data'],
      ['walkIns', 0, null, 0, 'no operational data'],
      ['complaints', 0, null, 0, 'no operational data'],
    ]);
    expect(contribution(r, 'baseline').weight).toBeCloseTo(0.15 / 0.7, 12);
    expect(contribution(r, 'audits').weight).toBeCloseTo(0.4 / 0.7, 12);
    expect(r.notes[0]).toBe(
      'Missing: Work orders completed without a compliance exception (10 %), Appointments kept (8 %), Walk-in services under 5 minutes (5 %), Complaints per 100 services (7 %). ' +
        'Their 30 % went to the known inputs in proportion to their weights (each weight × 1.4286).',
    );
    expect(sumPoints(r)).toBe(cents(r.score!));
  });
  it('no audit yet: the baseline carries the audit evidence', () => {
    const r = rateCenter({ ...FULL, audits: [] });
    expect(contribution(r, 'audits')).toMatchObject({ status: 'missing', basis: 'no annual audit yet', weight: 0 });
    expect(r.rated).toBe(true);
  });
  it('no baseline: rated on the audits', () => {
    const r = rateCenter({ ...FULL, baseline: null });
    expect(contribution(r, 'baseline')).toMatchObject({ status: 'missing', basis: 'no initial assessment on record' });
    expect(r.rated).toBe(true);
  });
  it('neither a baseline nor an audit: not rated, explained', () => {
    const r = rateCenter({ asOf: ASOF, correctiveActions: { open: 0, overdue: 0 }, operations: OPS });
    expect([r.rated, r.score, r.stars, r.grade]).toEqual([false, null, null, null]);
    expect(r.notes).toEqual(['Not rated: there is no initial assessment and no annual audit yet; a rating needs at least one of them.']);
    expect(r.contributions.every((c) => c.points === 0 && c.weight === 0)).toBe(true);
    expect(contribution(r, 'workOrders').value).toBe(97); // still shown
  });
  it('a baseline dated after the rating date is not used yet', () => {
    const c = contribution(rateCenter({ ...FULL, baseline: { date: '2026-06-02', percent: 50 } }), 'baseline');
    expect(c).toMatchObject({ status: 'missing', weight: 0, basis: 'initial assessment of 2026-06-02 is after the rating date' });
  });
  it('too few services for a signal: that signal is missing, with the reason', () => {
    const r = rateCenter({ ...FULL, operations: { ...OPS, walkInServices: 9, walkInsUnder5Minutes: 9, appointmentsScheduled: 0, appointmentsKept: 0 } });
    expect(contribution(r, 'walkIns')).toMatchObject({ status: 'missing', basis: 'too few walk-in services (9 < 10)' });
    expect(contribution(r, 'appointments')).toMatchObject({ status: 'missing', basis: 'too few scheduled appointments (0 < 10)' });
    expect(contribution(r, 'workOrders').status).toBe('used');
  });
  it('unknown corrective actions are missing, zero open ones are known', () => {
    expect(contribution(rateCenter({ ...FULL, correctiveActions: null }), 'correctiveActions').status).toBe('missing');
    expect(contribution(rateCenter({ ...FULL, correctiveActions: { open: 0, overdue: 0 } }), 'correctiveActions')).toMatchObject({ status: 'used', value: 100 });
  });
  it.each([
    ['a percent above 100', { ...FULL, baseline: { date: '2024-01-01', percent: 101 } }],
    ['a negative count', { ...FULL, operations: { ...OPS, complaints: -1 } }],
    ['more kept than scheduled', { ...FULL, operations: { ...OPS, appointmentsKept: 151 } }],
    ['more exceptions than work orders', { ...FULL, operations: { ...OPS, workOrdersWithComplianceException: 201 } }],
    ['a fractional count', { ...FULL, correctiveActions: { open: 1.5, overdue: 0 } }],
    ['a bad date', { ...FULL, asOf: '2026-13-01' }],
  ] as [string, RatingInputs][])('refuses %s', (_l, inputs) => expect(() => rateCenter(inputs)).toThrow(RangeError));
});

describe('operational signals', () => {
  it.each([
    [0, 100],
    [2, 90],
    [10, 50],
    [20, 0],
    [40, 0],
  ])('%i complaints in 400 services → %i', (complaints, value) => {
    expect(contribution(rateCenter({ ...FULL, operations: { ...OPS, complaints } }), 'complaints').value).toBe(value);
  });
  it('better operations raise the rating', () => {
    const perfect = { ...OPS, workOrdersWithComplianceException: 0, appointmentsKept: 150, walkInsUnder5Minutes: 80, complaints: 0 };
    expect(rateCenter({ ...FULL, operations: perfect }).score!).toBeGreaterThan(rateCenter(FULL).score!);
  });
});

describe('stars and grade', () => {
  it.each([
    [0, 1, 'F'],
    [50, 3, 'F'],
    [59.99, 3.4, 'F'],
    [60, 3.4, 'D'],
    [69.99, 3.8, 'D'],
    [70, 3.8, 'C'],
    [80, 4.2, 'B'],
    [89.99, 4.6, 'B'],
    [90, 4.6, 'A'],
    [98.75, 5, 'A'],
    [100, 5, 'A'],
  ])('%s → %s stars, %s', (score, stars, grade) => {
    expect(starsFor(score)).toBe(stars);
    expect(gradeFor(score)).toBe(grade);
  });
  it('the rating uses them', () => {
    const r = rateCenter(FULL);
    expect([r.stars, r.grade]).toEqual([starsFor(r.score!), gradeFor(r.score!)]);
  });
});

describe('methodology versions', () => {
  afterEach(() => void vi.useRealTimers());
  it('the current one is registered, valid and frozen', () => {
    expect(RATING_METHODOLOGY.version).toBe('2026.2');
    expect(RATING_METHODOLOGIES['2026.2']).toBe(RATING_METHODOLOGY);
    expect(Object.keys(RATING_METHODOLOGIES)).toEqual(['2026.1', '2026.2']);
    for (const m of Object.values(RATING_METHODOLOGIES)) expect(checkMethodology(m)).toEqual([]);
    expect(Object.isFrozen(RATING_METHODOLOGY.weights)).toBe(true);
    expect(() => {
      (RATING_METHODOLOGY.weights as Record<string, number>).audits = 1;
    }).toThrow(TypeError);
  });
  it('same inputs + version → identical output, whatever the clock says', () => {
    const a = recomputeRating(FULL, '2026.2');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const b = recomputeRating(structuredClone(FULL), '2026.2');
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(rateCenter(FULL)).toEqual(a);
  });
  it.each([
    // [version, exceptions given, work-orders signal, score]
    ['2026.1', false, 100, 84.79],
    ['2026.1', true, 97, 84.49],
    ['2026.2', false, null, 83.1], // (84.49 − 9.7) ÷ 0.9: the work orders' 10 % goes to the rest
    ['2026.2', true, 97, 84.49],
  ] as const)('%s with the exception count given: %s → work orders %s, score %s', (version, given, signal, score) => {
    const operations = { ...FULL.operations };
    if (!given) delete operations.workOrdersWithComplianceException;
    const r = recomputeRating({ ...FULL, operations }, version);
    expect(contribution(r, 'workOrders').value).toBe(signal);
    expect(r.score).toBe(score);
    if (signal === null) expect(contribution(r, 'workOrders').basis).toBe('compliance exceptions not counted');
  });
  it('2026.2 changes nothing else: same weights, thresholds and grades as 2026.1', () => {
    const { version, effectiveFrom, description, operations, ...rest } = RATING_METHODOLOGIES['2026.2'];
    const old = RATING_METHODOLOGIES['2026.1'];
    expect(rest).toEqual({ formula: old.formula, weights: old.weights, labels: old.labels, halfLifeDays: old.halfLifeDays, correctiveActions: old.correctiveActions, scoreDecimals: old.scoreDecimals, stars: old.stars, grades: old.grades });
    expect(operations).toEqual({ ...old.operations, exceptionsRequired: true });
    expect([version, effectiveFrom > old.effectiveFrom, description]).toEqual(['2026.2', true, expect.stringMatching(/compliance exceptions/)]);
  });
  it('an unknown version throws', () => {
    expect(() => recomputeRating(FULL, '1999.1')).toThrow(UnknownMethodologyError);
    expect(() => recomputeRating(FULL, 'toString')).toThrow(UnknownMethodologyError);
  });
  it('a newer methodology gives its own result and names itself, the old version still reproduces', () => {
    const next: RatingMethodology = { ...RATING_METHODOLOGY, version: '2027.1', halfLifeDays: 180, weights: { ...RATING_METHODOLOGY.weights, audits: 0.45, walkIns: 0 } };
    const r = rateCenter(FULL, next);
    expect(r.methodologyVersion).toBe('2027.1');
    expect(r.score).not.toBe(rateCenter(FULL).score);
    expect(recomputeRating(FULL, '2026.1').score).toBe(84.49);
    expect(checkMethodology(next)).toEqual(['weight of walkIns must be > 0']);
  });
  it.each([
    ['weights not summing to 1', { weights: { ...RATING_METHODOLOGY.weights, audits: 0.5 } }, /weights sum to/],
    ['a zero half-life', { halfLifeDays: 0 }, /halfLifeDays/],
    ['grades out of order', { grades: [{ grade: 'A', minScore: 50 }, { grade: 'B', minScore: 80 }, { grade: 'F', minScore: 0 }] }, /grade B/],
  ] as [string, Partial<RatingMethodology>, RegExp][])('checkMethodology catches %s', (_l, change, message) => {
    expect(checkMethodology({ ...RATING_METHODOLOGY, ...change }).join('\n')).toMatch(message);
  });
});
