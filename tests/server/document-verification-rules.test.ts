import { describe, expect, test } from 'vitest';
import { centerChangesOf, expiryErrors } from '../../server/rules/documents/effect.ts';

describe('what a verified document sets on its center', () => {
  test.each([
    [{ kind: 'insurance-binder', createdAt: '2026-05-02T23:10:00.000Z', expiresOn: '2027-05-31' }, { insuranceReceivedOn: '2026-05-02', insuranceExpiresOn: '2027-05-31' }],
    [{ kind: 'insurance-binder', createdAt: '2026-05-02T23:10:00.000Z', expiresOn: null }, {}],
    [{ kind: 'w9', createdAt: '2026-05-02T08:00:00.000Z', expiresOn: null }, { w9ReceivedOn: '2026-05-02' }],
    [{ kind: 'service-center-agreement', createdAt: '2026-05-02T08:00:00.000Z', expiresOn: null }, {}],
    [{ kind: 'corrective-action-evidence', createdAt: '2026-05-02T08:00:00.000Z', expiresOn: null }, {}],
  ])('%o sets %o', (document, changes) => {
    expect(centerChangesOf(document)).toEqual(changes);
  });
});

describe('an upload’s expiry date', () => {
  test.each([
    ['insurance-binder', null, true, { expiresOn: 'Required: when the renewed binder expires' }],
    ['insurance-binder', null, false, {}],
    ['insurance-binder', '2026-05-02', true, { expiresOn: 'Must be after today (2026-05-02)' }],
    ['insurance-binder', '2026-05-03', true, {}],
    ['insurance-binder', '2026-05-01', false, { expiresOn: 'Must be after today (2026-05-02)' }],
    ['w9', null, true, {}],
  ] as const)('a %s expiring %s (awaiting verification: %s): %o', (kind, expiresOn, awaiting, errors) => {
    expect(expiryErrors({ kind, expiresOn }, awaiting, '2026-05-02')).toEqual(errors);
  });
});
