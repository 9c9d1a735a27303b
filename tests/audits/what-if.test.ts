import { describe, expect, it } from 'vitest';
import { applyWhatIf, rateCenter, suggestWhatIfs, WhatIfError, type OpenAction, type RatingInputs, type WhatIfChanges } from '../../audits/index.ts';

const INPUTS: RatingInputs = {
  asOf: '2026-06-01',
  baseline: { id: 1, date: '2024-01-10', percent: 92 },
  audits: [
    { id: 2, date: '2025-01-10', percent: 88 },
    { id: 3, date: '2026-01-10', percent: 74 },
  ],
  correctiveActions: { open: 3, overdue: 1 },
  operations: { workOrdersCompleted: 200, appointmentsScheduled: 150, appointmentsKept: 141, walkInServices: 80, walkInsUnder5Minutes: 72, services: 200, complaints: 4 },
};
const OPEN: OpenAction[] = [
  { id: 11, overdue: false },
  { id: 12, overdue: true },
  { id: 13, overdue: false },
];
const frozen = <T>(value: T): T => structuredClone(value);

describe('applyWhatIf: the inputs with the changes, the rest as it is', () => {
  it.each<[string, WhatIfChanges, Partial<RatingInputs>]>([
    ['nothing imagined', {}, {}],
    ['all open actions closed', { closeCorrectiveActions: 'all' }, { correctiveActions: { open: 0, overdue: 0 } }],
    ['one action, not overdue', { closeCorrectiveActions: [11] }, { correctiveActions: { open: 2, overdue: 1 } }],
    ['the overdue one', { closeCorrectiveActions: [12] }, { correctiveActions: { open: 2, overdue: 0 } }],
    ['an id given twice counts once', { closeCorrectiveActions: [12, 12, 13] }, { correctiveActions: { open: 1, overdue: 0 } }],
    ['an empty list closes none', { closeCorrectiveActions: [] }, {}],
    [
      'an audit today, added to the real ones',
      { nextAudit: { percent: 92 } },
      { audits: [...INPUTS.audits!, { id: 'what-if', date: '2026-06-01', percent: 92 }] },
    ],
    ['complaints over the 12 months', { complaints: 0 }, { operations: { ...INPUTS.operations, complaints: 0 } }],
    [
      'all together',
      { closeCorrectiveActions: 'all', nextAudit: { percent: 100 }, complaints: 1 },
      {
        correctiveActions: { open: 0, overdue: 0 },
        audits: [...INPUTS.audits!, { id: 'what-if', date: '2026-06-01', percent: 100 }],
        operations: { ...INPUTS.operations, complaints: 1 },
      },
    ],
  ])('%s', (_, changes, expected) => {
    const inputs = frozen(INPUTS);
    expect(applyWhatIf(inputs, OPEN, changes)).toEqual({ ...INPUTS, ...expected });
    expect(inputs).toEqual(INPUTS);
  });

  it.each<[string, WhatIfChanges, RegExp]>([
    ['an id that is not open', { closeCorrectiveActions: [11, 99] }, /Corrective action 99 is not an open action/],
    ['a closed action given with open ones', { closeCorrectiveActions: [14] }, /14/],
  ])('refuses %s, under the change it concerns', (_, changes, message) => {
    const refused = (() => {
      try {
        applyWhatIf(INPUTS, OPEN, changes);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(WhatIfError);
    expect((refused as WhatIfError).field).toBe('closeCorrectiveActions');
    expect((refused as WhatIfError).message).toMatch(message);
  });

  it('an unrated center (no assessment, no audit) is rated with an imagined audit', () => {
    const unrated: RatingInputs = { asOf: '2026-06-01', correctiveActions: { open: 0, overdue: 0 } };
    expect(rateCenter(unrated).rated).toBe(false);
    const rating = rateCenter(applyWhatIf(unrated, [], { nextAudit: { percent: 80 } }));
    expect(rating.rated).toBe(true);
    expect(rating.contributions.find((c) => c.key === 'audits')).toMatchObject({ status: 'used', value: 80 });
  });

  it('closing actions raises the corrective-actions value by the methodology’s penalties (4 open, 15 overdue)', () => {
    const value = (changes: WhatIfChanges) => rateCenter(applyWhatIf(INPUTS, OPEN, changes)).contributions.find((c) => c.key === 'correctiveActions')!.value;
    expect(value({})).toBe(100 - 2 * 4 - 15);
    expect(value({ closeCorrectiveActions: [12] })).toBe(100 - 2 * 4);
    expect(value({ closeCorrectiveActions: 'all' })).toBe(100);
  });
});

describe('suggestWhatIfs: the single changes that raise the score most', () => {
  const projected = (changes: WhatIfChanges) => rateCenter(applyWhatIf(INPUTS, OPEN, changes)).score!;

  it('ranks every candidate by its projected score and answers the best three, each rated by the engine', () => {
    const suggestions = suggestWhatIfs(INPUTS, OPEN);
    const all: WhatIfChanges[] = [
      { closeCorrectiveActions: 'all' },
      ...OPEN.map((a) => ({ closeCorrectiveActions: [a.id] })),
      { nextAudit: { percent: 90 } },
      { nextAudit: { percent: 95 } },
      { nextAudit: { percent: 100 } },
      { complaints: 0 },
    ];
    const best = all.map((changes) => ({ changes, score: projected(changes) })).sort((a, b) => b.score - a.score);
    expect(suggestions.map((s) => s.changes)).toEqual(best.slice(0, 3).map((b) => b.changes));
    for (const s of suggestions) expect(s.rating).toEqual(rateCenter(applyWhatIf(INPUTS, OPEN, s.changes)));
    expect(suggestions[0].rating.score).toBeGreaterThanOrEqual(suggestions[2].rating.score!);
    expect(suggestions.every((s) => s.label.length > 0)).toBe(true);
  });

  it('only changes that raise the score: none for a center already at the top', () => {
    const top: RatingInputs = { asOf: '2026-06-01', baseline: { date: '2025-01-01', percent: 100 }, audits: [{ date: '2026-05-01', percent: 100 }], correctiveActions: { open: 0, overdue: 0 } };
    expect(rateCenter(top).score).toBe(100);
    expect(suggestWhatIfs(top, [])).toEqual([]);
  });

  it('no action to close, no complaint: audits only, the higher first', () => {
    const quiet: RatingInputs = { ...INPUTS, correctiveActions: { open: 0, overdue: 0 }, operations: { ...INPUTS.operations, complaints: 0 } };
    expect(suggestWhatIfs(quiet, []).map((s) => s.changes)).toEqual([{ nextAudit: { percent: 100 } }, { nextAudit: { percent: 95 } }, { nextAudit: { percent: 90 } }]);
  });

  it('a single action is not suggested apart from closing all of them', () => {
    const one: RatingInputs = { ...INPUTS, correctiveActions: { open: 1, overdue: 1 } };
    const changes = suggestWhatIfs(one, [{ id: 12, overdue: true }], undefined, 10).map((s) => s.changes);
    expect(changes).toContainEqual({ closeCorrectiveActions: 'all' });
    expect(changes).not.toContainEqual({ closeCorrectiveActions: [12] });
  });
});
