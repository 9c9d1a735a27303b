import { describe, expect, it } from 'vitest';
import { toUserPayload } from '../../src/resources/users/userData.ts';

describe('toUserPayload', () => {
  it.each([
    [{ role: 'regional-manager', regionId: 3, serviceCenterId: 9 }, { regionId: 3, serviceCenterId: null }],
    [{ role: 'center-staff', regionId: 3, serviceCenterId: 9 }, { regionId: null, serviceCenterId: 9 }],
    [{ role: 'compliance', regionId: 3, serviceCenterId: 9 }, { regionId: null, serviceCenterId: null }],
    [{ role: 'admin' }, { regionId: null, serviceCenterId: null, customerId: null }],
    [{ role: 'customer', regionId: 3, serviceCenterId: 9, customerId: 12 }, { regionId: null, serviceCenterId: null, customerId: 12 }],
    [{ role: 'center-staff', serviceCenterId: 9, customerId: 12 }, { serviceCenterId: 9, customerId: null }],
  ] as const)('%j keeps only the scope of its role', (values, scope) => {
    expect(toUserPayload(values)).toMatchObject(scope);
  });

  it('leaves a blank password out (keep the current one) and sends a typed one', () => {
    expect(toUserPayload({ role: 'admin', password: '' })).not.toHaveProperty('password');
    expect(toUserPayload({ role: 'admin', password: null })).not.toHaveProperty('password');
    expect(toUserPayload({ role: 'admin' })).not.toHaveProperty('password');
    expect(toUserPayload({ role: 'admin', password: 'new-pass-1' })).toMatchObject({ password: 'new-pass-1' });
  });

  it('keeps the version, so a stale edit is refused', () => {
    expect(toUserPayload({ id: 4, version: 7, role: 'onboarding', name: 'Olive' })).toMatchObject({ id: 4, version: 7, name: 'Olive' });
  });
});
