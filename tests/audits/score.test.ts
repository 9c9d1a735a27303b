import { describe, expect, it } from 'vitest';
import { SCORING_POLICY, bandFor, missingAnswers, nextAuditDue, scoreAudit, type Answers, type AuditTemplate } from '../../audits/index.ts';
import { NA, NO, YES, item, perfectAnswers, template, yn } from './fixtures.ts';

const DATE = '2026-03-15';
const score = (t: AuditTemplate, answers: Answers) => scoreAudit(t, answers, { auditDate: DATE });

describe('weights and N/A', () => {
  const t = template({ a: [yn('x', { weight: 2 }), yn('y', { weight: 1, allowNotApplicable: true }), yn('z', { weight: 3, allowNotApplicable: true })] });
  it.each([
    ['all yes', { x: YES, y: YES, z: YES }, 6, 6, 100],
    ['item score × weight', { x: YES, y: NO, z: NO }, 2, 6, 33.33],
    ['weights, not item counts', { x: NO, y: YES, z: YES }, 4, 6, 66.67],
    ['N/A leaves the possible points', { x: YES, y: NO, z: NA }, 2, 3, 66.67],
    ['N/A of a heavy item', { x: NO, y: YES, z: NA }, 1, 3, 33.33],
  ] as [string, Answers, number, number, number][])('%s', (_l, answers, achieved, possible, percent) => {
    const r = score(t, answers);
    expect(r.achieved).toBe(achieved);
    expect(r.possible).toBe(possible);
    expect(r.percent).toBe(percent);
    expect(r.complete).toBe(true);
  });
  it('nothing applicable: no percent, no band, no next date', () => {
    const only = template({ a: [yn('y', { allowNotApplicable: true })] });
    const r = score(only, { y: NA });
    expect([r.percent, r.rawPercent, r.band, r.nextAuditDue]).toEqual([null, null, null, null]);
    expect(r.sections[0].percent).toBeNull();
  });
});

describe('unanswered and invalid answers', () => {
  const t = template({ a: [yn('x', { weight: 2 }), yn('y'), item({ key: 'c', kind: 'count', minimum: 2 })], b: [yn('z')] });
  it('are listed, left out of the score so far, and block submission', () => {
    const r = score(t, { x: YES, y: { value: 'perhaps' } });
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([
      { itemKey: 'y', sectionKey: 'a', reason: 'invalid', message: 'expected yes or no' },
      { itemKey: 'c', sectionKey: 'a', reason: 'unanswered', message: 'unanswered' },
      { itemKey: 'z', sectionKey: 'b', reason: 'unanswered', message: 'unanswered' },
    ]);
    expect([r.answeredCount, r.itemCount]).toEqual([1, 4]);
    expect([r.achieved, r.possible, r.percent]).toEqual([2, 2, 100]);
    expect(r.sections[1].percent).toBeNull();
  });
  it('missingAnswers is the submit-ready check', () => {
    expect(missingAnswers(t, {}).map((m) => m.itemKey)).toEqual(['x', 'y', 'c', 'z']);
    expect(missingAnswers(t, { x: YES, y: NO, c: { value: 0 }, z: YES })).toEqual([]);
    expect(missingAnswers(t, { x: YES, y: NO, c: { value: 0.5 }, z: NA })).toEqual([
      { itemKey: 'c', sectionKey: 'a', reason: 'invalid', message: 'expected a whole number ≥ 0' },
      { itemKey: 'z', sectionKey: 'b', reason: 'invalid', message: 'cannot be not applicable' },
    ]);
  });
  it('an empty audit scores nothing yet', () => {
    const r = score(t, {});
    expect([r.percent, r.band, r.complete, r.findings]).toEqual([null, null, false, []]);
  });
});

describe('section scores', () => {
  const t = template({
    a: [yn('a1', { weight: 3 }), yn('a2', { weight: 1 })],
    b: [item({ key: 'b1', kind: 'count', minimum: 4, proportional: true, weight: 2 }), yn('b2', { weight: 2, allowNotApplicable: true })],
    c: [item({ key: 'c1', kind: 'choice', weight: 4, options: [{ key: 'ok', label: 'ok', score: 1 }, { key: 'half', label: 'half', score: 0.5 }] })],
  });
  it('each section is its achieved ÷ possible; the total is over all sections', () => {
    const r = score(t, { a1: YES, a2: NO, b1: { value: 1 }, b2: NA, c1: { value: 'half' } });
    expect(r.sections.map((s) => [s.key, s.achieved, s.possible, s.percent, s.failed])).toEqual([
      ['a', 3, 4, 75, false],
      ['b', 0.5, 2, 25, false],
      ['c', 2, 4, 50, false],
    ]);
    expect([r.achieved, r.possible, r.percent]).toEqual([5.5, 10, 55]);
  });
});

describe('a failed critical item', () => {
  const many = Array.from({ length: 40 }, (_, i) => yn(`ok${i}`, { weight: 3 }));
  const t = template({ main: many, calibration: [yn('crit', { critical: true, weight: 1 }), yn('other', { weight: 1 })] });
  it('fails its section and caps the total below "fails" even when everything else is perfect', () => {
    const r = score(t, perfectAnswers(t, { crit: NO }));
    expect(r.rawPercent).toBeCloseTo((121 / 122) * 100, 10);
    expect(r.percent).toBe(SCORING_POLICY.criticalFailure.capPercent);
    expect(r.capped).toBe(true);
    expect(r.criticalFailures).toEqual(['crit']);
    expect(r.band?.key).toBe('fails');
    expect(r.band?.reauditRequired).toBe(true);
    expect(r.nextAuditDue).toBe('2026-04-15');
    const [main, cal] = r.sections;
    expect([main.failed, main.percent]).toEqual([false, 100]);
    expect([cal.failed, cal.rawPercent, cal.percent, cal.criticalFailures]).toEqual([true, 50, 50, ['crit']]);
  });
  it('caps a failed section that would otherwise look fine', () => {
    const t2 = template({ s: [yn('crit', { critical: true, weight: 1 }), ...Array.from({ length: 9 }, (_, i) => yn(`x${i}`, { weight: 1 }))] });
    const r = score(t2, perfectAnswers(t2, { crit: NO }));
    expect([r.sections[0].rawPercent, r.sections[0].percent, r.sections[0].failed]).toEqual([90, 69, true]);
  });
  it('leaves a total already below the cap as it is (not "capped")', () => {
    const r = score(t, { ...perfectAnswers(t, { crit: NO }), ...Object.fromEntries(many.slice(0, 20).map((i) => [i.key, NO])) });
    expect(r.percent).toBe(50); // 61 of 122
    expect(r.capped).toBe(false);
  });
  it('a passed or N/A critical item does not cap', () => {
    const t3 = template({ s: [yn('crit', { critical: true, allowNotApplicable: true }), yn('x')] });
    expect(score(t3, { crit: YES, x: YES }).percent).toBe(100);
    expect(score(t3, { crit: NA, x: YES }).percent).toBe(100);
  });
  it('a critical choice answered partly does not fail the section', () => {
    const t4 = template({
      s: [item({ key: 'c', kind: 'choice', critical: true, options: [{ key: 'a', label: 'a', score: 1 }, { key: 'b', label: 'b', score: 0.5 }] }), yn('x')],
    });
    const r = score(t4, { c: { value: 'b' }, x: YES });
    expect([r.percent, r.capped, r.sections[0].failed]).toEqual([75, false, false]);
  });
});

describe('bands at their boundaries', () => {
  it.each([
    [100, 'excellent'],
    [96, 'excellent'],
    [95.995, 'excellent'], // rounds to 96.00
    [95.994, 'good'],
    [95.99, 'good'],
    [86, 'good'],
    [85.99, 'complies'],
    [70, 'complies'],
    [69.99, 'fails'],
    [69, 'fails'],
    [0, 'fails'],
  ])('%s %% → %s', (percent, band) => expect(bandFor(percent).key).toBe(band));

  const t = template({ s: [yn('yes', { weight: 1 }), yn('no', { weight: 1 })] });
  it.each([
    [9600, 400, 96, 'excellent'],
    [9599, 401, 95.99, 'good'],
    [8600, 1400, 86, 'good'],
    [8599, 1401, 85.99, 'complies'],
    [7000, 3000, 70, 'complies'],
    [6999, 3001, 69.99, 'fails'],
  ])('through scoring: weights %s yes / %s no → %s %% %s', (yesW, noW, percent, band) => {
    const tw = template({ s: [yn('yes', { weight: yesW }), yn('no', { weight: noW })] });
    const r = score(tw, { yes: YES, no: NO });
    expect(r.percent).toBe(percent);
    expect(r.band?.key).toBe(band);
  });
  it('rejects a non-number', () => expect(() => bandFor(Number.NaN)).toThrow(RangeError));
  it('the template stays usable', () => expect(score(t, { yes: YES, no: YES }).band?.key).toBe('excellent'));
});

describe('next audit due date per band', () => {
  it.each([
    ['excellent', '2026-01-31', '2027-01-31'],
    ['good', '2026-01-31', '2027-01-31'],
    ['complies', '2026-01-31', '2026-07-31'],
    ['complies', '2026-08-31', '2027-02-28'],
    ['fails', '2026-01-31', '2026-02-28'],
    ['fails', '2027-12-15', '2028-01-15'],
  ])('%s on %s → %s', (key, date, due) => {
    const band = SCORING_POLICY.bands.find((b) => b.key === key)!;
    expect(nextAuditDue(date, band)).toBe(due);
  });
  it('the months per band are 12 / 12 / 6 / 1', () => {
    expect(SCORING_POLICY.bands.map((b) => [b.key, b.minPercent, b.nextAuditMonths])).toEqual([
      ['excellent', 96, 12],
      ['good', 86, 12],
      ['complies', 70, 6],
      ['fails', 0, 1],
    ]);
  });
  it('comes with the evaluation', () => {
    const t = template({ s: [yn('a')] });
    expect(scoreAudit(t, { a: YES }, { auditDate: '2026-02-28T10:00:00Z' })).toMatchObject({ auditDate: '2026-02-28', nextAuditDue: '2027-02-28' });
  });
});

describe('the evaluation', () => {
  it('names the template and policy versions and is deterministic', () => {
    const t = template({ s: [yn('a'), yn('b')] });
    const a = score(t, { a: YES, b: NO });
    expect([a.templateKey, a.templateVersion, a.policyVersion]).toEqual(['test-template', 1, '2026.1']);
    expect(score(t, { a: YES, b: NO })).toEqual(a);
  });
  it('refuses an invalid audit date', () => {
    const t = template({ s: [yn('a')] });
    expect(() => scoreAudit(t, { a: YES }, { auditDate: '2026-02-30' })).toThrow(RangeError);
  });
});
