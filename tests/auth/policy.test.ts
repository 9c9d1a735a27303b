import { describe, expect, it } from 'vitest';
import { CRUD_ACTIONS, decide, permissionsOf, scopeOf } from '../../server/auth/policy.ts';
import { ROLES, type Actor, type Role } from '../../server/auth/roles.ts';
import { LETTER, lines, roles } from './role-table.ts';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: 1, role, regionId: 3, serviceCenterId: 9, ...extra });

describe('the permission policy, role × resource × action', () => {
  it('covers every role', () => expect([...roles].sort()).toEqual([...ROLES].sort()));
  const cases = lines.flatMap(([resource, ...cells]) =>
    roles.flatMap((role, i) => CRUD_ACTIONS.map((action) => ({ resource, role, action, allowed: cells[i].includes(LETTER[action]) }))),
  );
  it.each(cases)('$role $action $resource → $allowed', ({ resource, role, action, allowed }) => {
    expect(decide(actor(role), action, resource).allowed).toBe(allowed);
  });
  it('refuses unknown resources to everyone', () => {
    for (const role of ROLES) expect(decide(actor(role), 'read', 'secrets').allowed).toBe(false);
  });
  it('answers the SPA the same table', () => {
    for (const [resource, ...cells] of lines) {
      roles.forEach((role, i) => {
        const expected = CRUD_ACTIONS.filter((a) => cells[i].includes(LETTER[a]));
        expect(permissionsOf(actor(role))[resource].filter((a) => (CRUD_ACTIONS as readonly string[]).includes(a))).toEqual(expected);
      });
    }
  });
});

describe('row scope', () => {
  it.each([
    ['admin', 'work-orders', { kind: 'all' }],
    ['compliance', 'customers', { kind: 'all' }],
    ['regional-manager', 'service-centers', { kind: 'equals', column: 'regionId', value: 3 }],
    ['regional-manager', 'work-orders', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'installers', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'devices', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'shipments', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'customers', { kind: 'none' }],
    ['regional-manager', 'jurisdictions', { kind: 'all' }],
    ['center-staff', 'service-centers', { kind: 'equals', column: 'id', value: 9 }],
    ['center-staff', 'work-orders', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['onboarding', 'work-orders', { kind: 'none' }],
    ['regional-manager', 'audits', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'findings', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'corrective-actions', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['regional-manager', 'ratings', { kind: 'center-in-region', column: 'serviceCenterId', regionId: 3 }],
    ['center-staff', 'audits', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['center-staff', 'ratings', { kind: 'equals', column: 'serviceCenterId', value: 9 }],
    ['onboarding', 'audits', { kind: 'all' }],
    ['regional-manager', 'audit-templates', { kind: 'all' }],
  ] as const)('%s reads %s within %o', (role, resource, scope) => {
    expect(scopeOf(actor(role), resource)).toEqual(scope);
  });
  it('a regional manager without a region sees nothing of the network', () => {
    expect(scopeOf(actor('regional-manager', { regionId: null }), 'work-orders')).toEqual({ kind: 'none' });
  });
});

describe('rules that depend on the record', () => {
  const live = { onboardingStatus: 'live' };
  const training = { onboardingStatus: 'training' };
  it.each([
    ['onboarding edits a center in training', 'onboarding', 'update', training, { name: 'New' }, true],
    ['onboarding edits a live center', 'onboarding', 'update', live, { name: 'New' }, false],
    // Going live is refused to every role by the generic write (409) and left to the go-live command: see goLiveDecision.
    ['onboarding suspends a center', 'onboarding', 'update', training, { onboardingStatus: 'suspended' }, false],
    ['onboarding closes a center', 'onboarding', 'update', training, { onboardingStatus: 'closed' }, false],
    ['onboarding moves a center to the next stage', 'onboarding', 'update', training, { onboardingStatus: 'state-notified' }, true],
    ['onboarding creates a suspended center', 'onboarding', 'create', undefined, { onboardingStatus: 'suspended' }, false],
    ['onboarding creates an applicant', 'onboarding', 'create', undefined, { onboardingStatus: 'applicant', priceList: [] }, true],
    ['onboarding sets a price list', 'onboarding', 'create', undefined, { onboardingStatus: 'applicant', priceList: [{ serviceType: 'removal', price: 1 }] }, false],
    ['onboarding changes a price list', 'onboarding', 'update', training, { priceList: [] }, false],
    ['admin changes a price list', 'admin', 'update', live, { priceList: [] }, true],
    ['admin edits a live center', 'admin', 'update', live, { name: 'x', onboardingStatus: 'suspended' }, true],
  ] as const)('%s', (_name, role, action, record, changes, allowed) => {
    expect(decide(actor(role), action, 'service-centers', { record, changes }).allowed).toBe(allowed);
  });
  it.each([
    ['onboarding', 'create', undefined, { kind: 'initial' }, true],
    ['onboarding', 'create', undefined, { kind: 'annual' }, false],
    ['onboarding', 'create', undefined, { kind: 'amending' }, false],
    ['onboarding', 'update', { kind: 'annual' }, { notes: 'x' }, false],
    ['onboarding', 'update', { kind: 'initial' }, { notes: 'x' }, true],
    ['compliance', 'create', undefined, { kind: 'annual' }, true],
  ] as const)('%s %s audits %o %o → %s', (role, action, record, changes, allowed) => {
    expect(decide(actor(role), action, 'audits', { record, changes }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', training, true],
    ['admin', { onboardingStatus: 'suspended' }, true],
    ['onboarding', training, true],
    ['onboarding', { onboardingStatus: 'suspended' }, false],
    ['compliance', training, false],
    ['regional-manager', training, false],
    ['center-staff', training, false],
  ] as const)('%s runs go-live on a %o center → %s', (role, center, allowed) => {
    expect(decide(actor(role), 'go-live', 'service-centers', { record: center, centers: [{ id: 9, ...center }] }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', live, true],
    ['onboarding', training, true],
    ['onboarding', live, false],
    ['compliance', training, false],
    ['regional-manager', training, false],
    ['center-staff', training, false],
  ] as const)('%s uploads a document to a %o center → %s', (role, center, allowed) => {
    expect(decide(actor(role), 'upload-document', 'service-centers', { record: center, centers: [{ id: 9, ...center }] }).allowed).toBe(allowed);
  });
  it.each([
    ['admin', true],
    ['compliance', true],
    ['onboarding', true],
    ['regional-manager', false],
    ['center-staff', false],
  ] as const)('%s sees the onboarding board → %s', (role, allowed) => {
    expect(decide(actor(role), 'read', 'onboarding-board').allowed).toBe(allowed);
  });
  it.each([
    ['admin', 'regional', true],
    ['compliance', 'regional', true],
    ['regional-manager', 'regional', true],
    ['onboarding', 'regional', false],
    ['center-staff', 'regional', false],
    ['admin', 'compliance', true],
    ['compliance', 'compliance', true],
    ['regional-manager', 'compliance', false],
    ['onboarding', 'compliance', false],
    ['center-staff', 'compliance', false],
    ['admin', 'onboarding', true],
    ['compliance', 'onboarding', true],
    ['onboarding', 'onboarding', true],
    ['regional-manager', 'onboarding', false],
    ['center-staff', 'onboarding', false],
  ] as const)('%s sees the %s statistics → %s', (role, topic, allowed) => {
    expect(decide(actor(role), topic, 'stats').allowed).toBe(allowed);
  });
  it('says why it refuses', () => {
    const decision = decide(actor('onboarding'), 'update', 'service-centers', { record: live, changes: { name: 'x' }, centers: [{ id: 9, ...live }] });
    expect(decision).toEqual({ allowed: false, status: 403, reason: 'Onboarding staff edit only centers that are not live yet' });
  });
});
