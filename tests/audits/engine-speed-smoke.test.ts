// measureEngineSpeed is run by the benchmark runner on the full size; here only on a small dataset.
import { describe, expect, it } from 'vitest';
import { measureEngineSpeed } from './engine-speed.ts';

describe('measureEngineSpeed', () => {
  it('builds the data deterministically and returns timings', () => {
    const a = measureEngineSpeed({ centers: 12, auditsPerCenter: 4 });
    const b = measureEngineSpeed({ centers: 12, auditsPerCenter: 4 });
    expect(a).toMatchObject({ centers: 12, audits: 48, warmupCenters: 12 });
    expect(a.itemsScored).toBe(12 * (58 + 3 * 55));
    expect([b.findings, b.meanRating, b.itemsScored]).toEqual([a.findings, a.meanRating, a.itemsScored]);
    expect(a.meanRating).toBeGreaterThan(0);
    for (const k of ['buildMs', 'warmupMs', 'scoreMs', 'rateMs', 'engineMs', 'scoreCpuMs', 'rateCpuMs', 'yardstickMs'] as const) {
      expect(a[k]).toBeGreaterThanOrEqual(0);
    }
  });
});
