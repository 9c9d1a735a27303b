// Dates, corrective-action counting, the scoring-policy registry, and the engine's purity.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCORING_POLICIES,
  SCORING_POLICY,
  addDays,
  addMonths,
  checkPolicy,
  countCorrectiveActions,
  daysBetween,
  isOverdue,
  scoringPolicy,
  toIsoDate,
} from '../../audits/index.ts';
import { round } from '../../audits/util.ts';

describe('dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-20', 12, '2027-05-20'],
    ['2026-05-20', -6, '2025-11-20'],
  ])('%s + %i months = %s', (d, m, r) => expect(addMonths(d, m)).toBe(r));
  it.each([
    ['2026-12-25', 7, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 3, '2026-03-31'], // across the DST change, in UTC days
  ])('%s + %i days = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));
  it('counts days and accepts timestamps', () => {
    expect(daysBetween('2025-06-01', '2026-06-01')).toBe(365);
    expect(daysBetween('2026-06-01', '2025-06-01')).toBe(-365);
    expect(toIsoDate('2026-03-15T23:59:59.999Z')).toBe('2026-03-15');
  });
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '15/03/2026', '', '2026-3-5'])('refuses %j', (d) => expect(() => toIsoDate(d)).toThrow(RangeError));
});

describe('corrective actions: open and overdue', () => {
  const asOf = '2026-06-10';
  const actions = [
    { dueDate: '2026-06-09' }, // overdue
    { dueDate: '2026-06-10' }, // due today: open, not overdue
    { dueDate: '2026-07-01' }, // open
    { dueDate: null }, // observation: open, never overdue
    { dueDate: '2026-05-01', closedAt: '2026-05-20' }, // closed late, before asOf
    { dueDate: '2026-05-01', closedAt: '2026-06-20' }, // closed after asOf: overdue on asOf
  ];
  it('counts what is open on the date and what is past due', () => {
    expect(countCorrectiveActions(actions, asOf)).toEqual({ open: 5, overdue: 2 });
    expect(actions.map((a) => isOverdue(a, asOf))).toEqual([true, false, false, false, false, true]);
    expect(countCorrectiveActions([], asOf)).toEqual({ open: 0, overdue: 0 });
  });
});

describe('the scoring policy', () => {
  it('is registered by version, valid and frozen', () => {
    expect(SCORING_POLICY.version).toBe('2026.1');
    expect(scoringPolicy('2026.1')).toBe(SCORING_POLICY);
    for (const p of Object.values(SCORING_POLICIES)) expect(checkPolicy(p)).toEqual([]);
    expect(Object.isFrozen(SCORING_POLICY.bands[0])).toBe(true);
    expect(() => scoringPolicy('0.1')).toThrow(RangeError);
    expect(() => scoringPolicy('hasOwnProperty')).toThrow(RangeError);
  });
  it('caps critical failures below the lowest passing band', () => {
    expect(SCORING_POLICY.criticalFailure.capPercent).toBeLessThan(70);
    expect(checkPolicy({ ...SCORING_POLICY, criticalFailure: { capPercent: 70 } })).toEqual(['the critical cap must lie below the lowest passing band']);
  });
  it.each([
    ['bands out of order', { bands: [...SCORING_POLICY.bands].reverse() }, /must start below/],
    ['a last band above 0', { bands: SCORING_POLICY.bands.slice(0, 3) }, /last band must start at 0/],
    ['a fractional deadline', { correctiveActionDays: { ...SCORING_POLICY.correctiveActionDays, minor: 2.5 } }, /minor/],
    ['an empty escalation window', { escalationRules: [{ ...SCORING_POLICY.escalationRules[0], lookbackAudits: 0 }] }, /repeat-minor/],
  ] as const)('checkPolicy catches %s', (_l, change, message) => {
    expect(checkPolicy({ ...SCORING_POLICY, ...change }).join('\n')).toMatch(message);
  });
});

describe('rounding', () => {
  it.each([
    [1.005, 2, 1.01],
    [95.995, 2, 96],
    [-2.5, 0, -3],
    [4.35, 1, 4.4],
    [0.1 + 0.2, 2, 0.3],
  ])('round(%s, %i) = %s', (v, d, r) => expect(round(v, d)).toBe(r));
});

describe('the engine is pure', () => {
  const root = path.resolve(import.meta.dirname, '../../audits');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const sources = files(root).map((f) => [path.relative(root, f), readFileSync(f, 'utf8')] as const);
  it('has sources', () => expect(sources.length).toBeGreaterThan(10));
  it.each(sources)('%s: only relative imports or date-fns, no clock, no randomness, no I/O', (_f, text) => {
    const imports = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec.startsWith('./') || spec.startsWith('../') || spec === 'date-fns', spec).toBe(true);
    expect(text).not.toMatch(/new Date\(\)|Date\.now|Math\.random|performance\.now|\bprocess\.|\bconsole\.|\brequire\(|\bimport\(|\bfetch\(/);
  });
});
