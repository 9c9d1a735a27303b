import { describe, expect, test } from 'vitest';
import { expiresAt, startOfUtcDay, unlockCodeDecision, type UnlockCodeJurisdiction, type UnlockCodeRequest } from '../../server/rules/unlock-codes/rules.ts';

const WA: UnlockCodeJurisdiction = { code: 'WA', name: 'Washington', unlockCodesAllowed: true, unlockCodeValidHours: 20, unlockCodesPerDay: 1, unlockCodesPerProgram: null };
const FL: UnlockCodeJurisdiction = { code: 'FL', name: 'Florida', unlockCodesAllowed: true, unlockCodeValidHours: 24, unlockCodesPerDay: null, unlockCodesPerProgram: 1 };
const TX: UnlockCodeJurisdiction = { code: 'TX', name: 'Texas', unlockCodesAllowed: false, unlockCodeValidHours: null, unlockCodesPerDay: null, unlockCodesPerProgram: null };
const installed = { status: 'installed', customerId: 7 };

const request = (overrides: Partial<UnlockCodeRequest>): UnlockCodeRequest => ({ jurisdiction: WA, device: installed, issuedToday: 0, issuedInProgram: 0, ...overrides });

describe('unlockCodeDecision', () => {
  const cases: [string, Partial<UnlockCodeRequest>, RegExp | number][] = [
    ['WA, nothing issued yet: valid 20 h', {}, 20],
    ['FL, nothing issued yet: valid 24 h', { jurisdiction: FL }, 24],
    ['WA, earlier codes in the program do not count', { issuedInProgram: 40 }, 20],
    ['FL, no daily limit', { jurisdiction: FL, issuedToday: 5 }, 24],
    ['TX does not allow codes and says so', { jurisdiction: TX }, /^Texas \(TX\) does not allow unlock codes$/],
    ['device in stock', { device: { status: 'in-stock', customerId: null } }, /only for installed devices; this device is in-stock/],
    ['device returned', { device: { status: 'returned', customerId: 7 } }, /this device is returned/],
    ['installed without a customer', { device: { status: 'installed', customerId: null }, jurisdiction: null }, /has no customer/],
    ['allowed but no validity window', { jurisdiction: { ...WA, unlockCodeValidHours: null } }, /Washington \(WA\) has no validity window/],
    ['WA daily limit reached', { issuedToday: 1 }, /^Daily limit reached: Washington \(WA\) allows 1 unlock code per device per day$/],
    ['daily limit of 3, 2 issued', { jurisdiction: { ...WA, unlockCodesPerDay: 3 }, issuedToday: 2 }, 20],
    ['daily limit of 3, 3 issued', { jurisdiction: { ...WA, unlockCodesPerDay: 3 }, issuedToday: 3 }, /allows 3 unlock codes per device per day/],
    ['FL program limit reached', { jurisdiction: FL, issuedInProgram: 1 }, /^Program limit reached: Florida \(FL\) allows 1 unlock code per customer over the whole program$/],
    ['not installed comes before the state', { jurisdiction: TX, device: { status: 'shipped', customerId: 7 } }, /installed devices/],
    ['the state comes before the limits', { jurisdiction: { ...TX, unlockCodesPerDay: 1 }, issuedToday: 4 }, /does not allow/],
  ];
  test.each(cases)('%s', (_label, overrides, expected) => {
    const decision = unlockCodeDecision(request(overrides));
    if (typeof expected === 'number') {
      expect(decision).toEqual({ allowed: true, validHours: expected });
    } else {
      expect(decision.allowed).toBe(false);
      if (!decision.allowed) expect(decision.reason).toMatch(expected);
    }
  });
});

describe('dates', () => {
  test('a code expires its validity hours after issue', () => {
    expect(expiresAt(new Date('2026-03-01T22:30:00Z'), 20).toISOString()).toBe('2026-03-02T18:30:00.000Z');
    expect(expiresAt(new Date('2026-03-01T00:00:00Z'), 720).toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });
  test('the daily limit counts from midnight UTC', () => {
    expect(startOfUtcDay(new Date('2026-03-01T23:59:59.999Z')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(startOfUtcDay(new Date('2026-03-02T00:00:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });
});
