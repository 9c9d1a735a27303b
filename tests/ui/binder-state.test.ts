import { describe, expect, test } from 'vitest';
import { binderState } from '../../src/paperwork/binder.ts';

describe('the binder warning: within 45 days of its expiry, or once lapsed', () => {
  test.each([
    [null, { state: 'missing' }],
    ['2026-06-30', { state: 'lapsed', days: 1 }],
    ['2026-07-01', { state: 'expiring', days: 0 }],
    ['2026-08-15', { state: 'expiring', days: 45 }],
    ['2026-08-16', { state: 'current', days: 46 }],
    ['2026-03-01', { state: 'lapsed', days: 122 }],
  ] as const)('expiring %s, on 2026-07-01: %o', (expiresOn, expected) => {
    expect(binderState(expiresOn, '2026-07-01')).toEqual(expected);
  });
});
