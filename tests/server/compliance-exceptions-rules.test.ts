import { describe, expect, test } from 'vitest';
import { EXCEPTION_SOURCES, RECORDING_DEADLINE_HOURS, exceptionsCounted, recordedLate } from '../../server/audits/compliance-exceptions.ts';

describe('recordedLate: a completion is recorded within 24 hours of the end of the work', () => {
  test.each([
    ['same minute', '2026-03-02T15:00:00.000Z', '2026-03-02T15:00:00.000Z', false],
    ['next morning', '2026-03-02T15:00:00.000Z', '2026-03-03T09:00:00.000Z', false],
    ['exactly 24 h later', '2026-03-02T15:00:00.000Z', '2026-03-03T15:00:00.000Z', false],
    ['24 h and a second later', '2026-03-02T15:00:00.000Z', '2026-03-03T15:00:01.000Z', true],
    ['three days later', '2026-03-02T15:00:00.000Z', '2026-03-05T10:00:00.000Z', true],
    ['across a month end', '2026-01-31T23:00:00.000Z', '2026-02-02T00:00:00.000Z', true],
  ])('%s', (_label, completedAt, recordedAt, late) => {
    expect(recordedLate(completedAt, recordedAt)).toBe(late);
  });
  test('the deadline is 24 hours', () => expect(RECORDING_DEADLINE_HOURS).toBe(24));
});

describe('exceptionsCounted: the sources summed, at most the completed work orders', () => {
  test.each([
    [[], 20, 0],
    [[0, 0], 20, 0],
    [[1, 0], 20, 1],
    [[2, 3], 20, 5],
    [[2, 3, 4], 20, 9],
    [[12, 9], 20, 20],
    [[3, 1], 0, 0],
  ])('%j with %i completed → %i', (counts, completed, expected) => {
    expect(exceptionsCounted(counts, completed)).toBe(expected);
  });
  test('there are three sources: refused removals, completions recorded late and reports to the state that missed their deadline', () => expect(EXCEPTION_SOURCES).toHaveLength(3));
});
