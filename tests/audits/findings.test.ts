import { describe, expect, it } from 'vitest';
import { SCORING_POLICY, scoreAudit, type Answer, type PriorAudit, type ScoringPolicy, type Severity, type TemplateItem } from '../../audits/index.ts';
import { NA, NO, YES, item, single, template, yn } from './fixtures.ts';

const DATE = '2026-03-15';
const findingsOf = (i: TemplateItem, answer: Answer, history: PriorAudit[] = [], policy?: ScoringPolicy) =>
  scoreAudit(single(i), { [i.key]: answer }, { auditDate: DATE, history, ...(policy ? { policy } : {}) }).findings;

const choice = (extra: Partial<TemplateItem> = {}) =>
  item({
    key: 'ch',
    kind: 'choice',
    options: [
      { key: 'full', label: 'Full', score: 1 },
      { key: 'most', label: 'Most', score: 0.5 },
      { key: 'some', label: 'Some', score: 0.49 },
      { key: 'flagged', label: 'Flagged', score: 0.8, severity: 'minor' },
      { key: 'none', label: 'None', score: 0 },
    ],
    ...extra,
  } as never);

describe('finding severities', () => {
  it.each([
    ['a failed critical item → critical', yn('x', { critical: true }), NO, 'critical'],
    ['failed, item severity major', yn('x', { severity: 'major' }), NO, 'major'],
    ['failed, item severity minor', yn('x', { severity: 'minor' }), NO, 'minor'],
    ['failed, item severity observation', yn('x', { severity: 'observation' }), NO, 'observation'],
    ['failed, no severity → the policy default (major)', yn('x'), NO, 'major'],
    ['a failed measurement', item({ key: 'x', kind: 'measurement', unit: 'min', severity: 'minor', check: { type: 'range', max: 5 } }), { value: 6 }, 'minor'],
    ['a count below its minimum', item({ key: 'x', kind: 'count', minimum: 2, severity: 'major' }), { value: 1 }, 'major'],
    ['partial choice ≥ 50 % → observation', choice(), { value: 'most' }, 'observation'],
    ['partial choice < 50 % → minor', choice(), { value: 'some' }, 'minor'],
    ["partial choice with the option's own severity", choice(), { value: 'flagged' }, 'minor'],
    ['choice worth 0 → failed', choice({ severity: 'major' }), { value: 'none' }, 'major'],
    ["partial never above the item's severity", choice({ severity: 'observation' }), { value: 'some' }, 'observation'],
    ["option severity limited to the item's", choice({ severity: 'observation' }), { value: 'flagged' }, 'observation'],
    ['a critical item partly met → major, not critical', choice({ critical: true }), { value: 'most' }, 'major'],
    ['a proportional count partly met (1 of 4) → minor', item({ key: 'x', kind: 'count', minimum: 4, proportional: true }), { value: 1 }, 'minor'],
    ['a proportional count partly met (3 of 4) → observation', item({ key: 'x', kind: 'count', minimum: 4, proportional: true }), { value: 3 }, 'observation'],
  ] as [string, TemplateItem, Answer, Severity][])('%s', (_l, i, answer, severity) => {
    const [f, ...rest] = findingsOf(i, answer);
    expect(rest).toEqual([]);
    expect(f.severity).toBe(severity);
    expect(f.baseSeverity).toBe(severity);
    expect(f.escalation).toBeNull();
    expect(f.severityReason).not.toBe('');
  });

  it.each([
    ['pass', YES],
    ['N/A', NA],
    ['unanswered', undefined],
    ['invalid', { value: 'perhaps' }],
  ])('no finding when %s', (_l, answer) => {
    const t = single(yn('x', { allowNotApplicable: true }));
    expect(scoreAudit(t, answer ? { x: answer as Answer } : {}, { auditDate: DATE }).findings).toEqual([]);
  });
});

describe('corrective actions and due dates', () => {
  it.each([
    ['critical', yn('x', { critical: true }), '2026-03-22', true],
    ['major', yn('x', { severity: 'major' }), '2026-03-29', true],
    ['minor', yn('x', { severity: 'minor' }), '2026-04-14', false],
    ['observation', yn('x', { severity: 'observation' }), null, false],
  ] as [string, TemplateItem, string | null, boolean][])('%s: due %s, evidence %s', (severity, i, due, evidence) => {
    const [f] = findingsOf(i, NO);
    expect(f).toMatchObject({ severity, dueDate: due, evidenceRequired: evidence, correctiveAction: 'Fix x.', requirement: 'req.x', itemKey: 'x', sectionKey: 's' });
  });
  it('the days per severity are 7 / 14 / 30 / none', () => {
    expect(SCORING_POLICY.correctiveActionDays).toEqual({ critical: 7, major: 14, minor: 30, observation: null });
  });
  it('follow a configured policy', () => {
    const policy = { ...SCORING_POLICY, version: 'test', correctiveActionDays: { ...SCORING_POLICY.correctiveActionDays, minor: 60 } };
    expect(findingsOf(yn('x', { severity: 'minor' }), NO, [], policy)[0].dueDate).toBe('2026-05-14');
  });
  it('carry the detail and the note, in template order', () => {
    const t = template({
      a: [yn('a1', { severity: 'minor' }), item({ key: 'm', kind: 'measurement', unit: 'min', check: { type: 'range', max: 5 } })],
      b: [yn('b1', { critical: true, text: 'Seals on all connections' })],
    });
    const r = scoreAudit(t, { a1: { value: 'no', note: 'log missing since May' }, m: { value: 7 }, b1: NO }, { auditDate: DATE });
    expect(r.findings.map((f) => [f.itemKey, f.severity, f.detail, f.title])).toEqual([
      ['a1', 'minor', 'no — log missing since May', 'Section a: Item a1'],
      ['m', 'major', '7 min (required ≤ 5 min)', 'Section a: Item m'],
      ['b1', 'critical', 'no', 'Section b: Seals on all connections'],
    ]);
  });
});

describe('escalation of repeated minors on one requirement', () => {
  const minor = yn('x', { severity: 'minor', requirement: 'records.complaint-log' });
  const audit = (id: number, date: string, ...findings: [string, Severity][]): PriorAudit => ({
    id,
    date,
    findings: findings.map(([requirement, severity]) => ({ requirement, severity })),
  });
  const REQ = 'records.complaint-log';

  it.each([
    ['a minor in the previous audit', [audit(1, '2025-03-10', [REQ, 'minor'])], 'major', [1]],
    ['a minor two audits back', [audit(2, '2025-09-10'), audit(1, '2025-03-10', [REQ, 'minor'])], 'major', [1]],
    ['minors in both previous audits', [audit(2, '2025-09-10', [REQ, 'minor']), audit(1, '2025-03-10', [REQ, 'minor'])], 'major', [2, 1]],
    ['a major in the previous audit', [audit(1, '2025-03-10', [REQ, 'major'])], 'major', [1]],
    ['history in any order', [audit(1, '2024-03-10', [REQ, 'minor']), audit(3, '2025-09-10'), audit(2, '2025-03-10', [REQ, 'minor'])], 'major', [2]],
    ['an earlier audit on the same day', [audit(1, DATE, [REQ, 'minor'])], 'major', [1]],
    ['no earlier finding', [audit(1, '2025-03-10')], 'minor', null],
    ['no history', [], 'minor', null],
    ['only an observation before', [audit(1, '2025-03-10', [REQ, 'observation'])], 'minor', null],
    ['a minor on another requirement', [audit(1, '2025-03-10', ['records.retention', 'minor'])], 'minor', null],
    ['older than the window (three audits back)', [audit(3, '2025-09-10'), audit(2, '2025-03-10'), audit(1, '2024-09-10', [REQ, 'minor'])], 'minor', null],
    ['an audit dated after this one does not count', [audit(9, '2026-06-01', [REQ, 'minor'])], 'minor', null],
  ] as [string, PriorAudit[], Severity, number[] | null][])('%s → %s', (_l, history, severity, ids) => {
    const [f] = findingsOf(minor, NO, history);
    expect(f.severity).toBe(severity);
    expect(f.baseSeverity).toBe('minor');
    if (ids === null) expect(f.escalation).toBeNull();
    else {
      expect(f.escalation).toMatchObject({ ruleId: 'repeat-minor', from: 'minor', to: 'major' });
      expect(f.escalation!.rule).toContain('previous 2 audits');
      expect(f.escalation!.priorAudits.map((p) => p.id)).toEqual(ids);
      expect(f.severityReason).toContain('escalated to major by rule repeat-minor');
    }
  });

  it('an escalated finding gets the major deadline and needs evidence', () => {
    const [f] = findingsOf(minor, NO, [audit(1, '2025-03-10', [REQ, 'minor'])]);
    expect([f.dueDate, f.evidenceRequired]).toEqual(['2026-03-29', true]);
  });
  it('a prior finding escalated to major still counts by its base severity', () => {
    const prior: PriorAudit = { date: '2025-03-10', findings: [{ requirement: REQ, severity: 'major', baseSeverity: 'minor' }] };
    expect(findingsOf(minor, NO, [prior])[0].escalation?.priorAudits).toEqual([{ date: '2025-03-10', severity: 'minor' }]);
  });
  it('partial answers that grade minor escalate too', () => {
    const i = choice({ requirement: REQ });
    expect(findingsOf(i, { value: 'some' }, [audit(1, '2025-03-10', [REQ, 'minor'])])[0].severity).toBe('major');
  });
  it('majors, criticals and observations are not escalated by the minor rule', () => {
    const history = [audit(1, '2025-03-10', [REQ, 'minor'])];
    for (const [extra, severity] of [
      [{ severity: 'major' }, 'major'],
      [{ critical: true }, 'critical'],
      [{ severity: 'observation' }, 'observation'],
    ] as [Partial<TemplateItem>, Severity][]) {
      const [f] = findingsOf(yn('x', { requirement: REQ, ...extra }), NO, history);
      expect([f.severity, f.escalation]).toEqual([severity, null]);
    }
  });
  it('the window is the policy’s (lookbackAudits 1: two back no longer counts)', () => {
    const rule = { ...SCORING_POLICY.escalationRules[0], lookbackAudits: 1 };
    const policy = { ...SCORING_POLICY, version: 'test', escalationRules: [rule] };
    const history = [audit(2, '2025-09-10'), audit(1, '2025-03-10', [REQ, 'minor'])];
    expect(findingsOf(minor, NO, history, policy)[0].severity).toBe('minor');
    expect(findingsOf(minor, NO, history)[0].severity).toBe('major');
  });
});
