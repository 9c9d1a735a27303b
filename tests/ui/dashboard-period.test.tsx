import { describe, expect, it } from 'vitest';
import { periodRange, type Period } from '../../src/dashboard/period.ts';

// Sunday 22 November 2026
const today = new Date(2026, 10, 22, 15, 30);

describe('the periods of the dashboards’ period picker', () => {
  it.each<[Period, { from: string; to: string } | null]>([
    [{ preset: 'this-week' }, { from: '2026-11-16', to: '2026-11-22' }], // Monday to Sunday
    [{ preset: 'this-quarter' }, { from: '2026-10-01', to: '2026-12-31' }], // the whole quarter: what falls due by its end too
    [{ preset: 'last-30-days' }, { from: '2026-10-24', to: '2026-11-22' }], // 30 days with today
    [{ preset: 'last-90-days' }, { from: '2026-08-25', to: '2026-11-22' }],
    [{ preset: 'last-12-months' }, { from: '2025-11-22', to: '2026-11-22' }],
    [{ preset: 'custom', from: '2026-01-01', to: '2026-03-31' }, { from: '2026-01-01', to: '2026-03-31' }],
    [{ preset: 'custom', from: '2026-03-01', to: '2026-03-01' }, { from: '2026-03-01', to: '2026-03-01' }],
    [{ preset: 'custom', from: '2026-03-31', to: '2026-01-01' }, null], // reversed
    [{ preset: 'custom', from: '2026-01-01' }, null], // half typed
    [{ preset: 'custom', from: '2026-02-30', to: '2026-03-31' }, null], // no such day
    [{ preset: 'custom', from: '26-1-1', to: '2026-03-31' }, null],
  ])('%o → %o', (period, range) => {
    expect(periodRange(period, today)).toEqual(range);
  });
});
